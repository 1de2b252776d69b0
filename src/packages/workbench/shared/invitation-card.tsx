import { Text, View } from '@tarojs/components'
import { formatShanghai } from '../../../../types/time'
import { QrCodeView } from '../../../components/qr/qr-code-view'

export interface IssuedInvitation {
  /** What the code grants, in words (专家, 协助机构, 新联络员 …). */
  what: string
  code: string
  expiresAt: string
}

/**
 * A freshly created code, large enough to read out, and as a QR code the invitee scans at
 * 我的 → 接受邀请 (扫码填入) when they sit across the desk.
 */
export function InvitationCard({ invitation, onClose }: { invitation: IssuedInvitation; onClose: () => void }) {
  return (
    <View className='card wb-invitation' data-testid='invitation-card'>
      <View className='card__header'>
        <Text className='card__title'>{invitation.what}邀请码</Text>
        <Text className='wb-chart__toggle' data-testid='invitation-close' onClick={onClose}>
          关闭
        </Text>
      </View>
      <Text className='wb-invitation__code' data-testid='invitation-code'>
        {invitation.code}
      </Text>
      <View className='wb-invitation__qr'>
        <QrCodeView text={invitation.code} size={360} testId='invitation-qr' />
      </View>
      <Text className='muted wb-note'>
        请对方在“我的 → 接受邀请”中输入或扫码填入，{formatShanghai(invitation.expiresAt)} 前有效，只能使用一次。
      </Text>
    </View>
  )
}
