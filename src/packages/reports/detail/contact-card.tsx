import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { revealLiaisonContact } from '../../../../types/reports/contracts'
import type { ReportDetail } from '../../../../types/reports/schemas'
import type { RevealedContact } from '../../../../types/users/contact-reveals'
import { classNames } from '../../../lib/class-names'
import { callFunction } from '../../../services/call-function'
import { showActionError } from '../../../services/show-error'

/**
 * The reporting liaison's contact. Masked for everyone; staff and the assignee reveal the number
 * with one tap (the server records who and when, and the liaison can see it), then call.
 */
export function LiaisonContactCard({ report }: { report: ReportDetail }) {
  const [revealed, setRevealed] = useState<RevealedContact | null>(null)
  const [revealing, setRevealing] = useState(false)
  const contact = report.liaisonContact
  if (!contact) return null

  const reveal = async () => {
    if (revealing) return
    setRevealing(true)
    try {
      setRevealed(await callFunction(revealLiaisonContact, { reportId: report.reportId }))
    } catch (error) {
      showActionError(error)
    } finally {
      setRevealing(false)
    }
  }
  const call = () => {
    if (revealed) void Taro.makePhoneCall({ phoneNumber: revealed.mobile }).catch(() => undefined)
  }

  return (
    <View className='card' data-testid='liaison-contact'>
      <Text className='card__title'>企业联络员</Text>
      <View className='info-row'>
        <Text className='info-row__label'>姓名</Text>
        <Text className='info-row__value'>{contact.name}</Text>
      </View>
      <View className='info-row'>
        <Text className='info-row__label'>手机</Text>
        <Text className='info-row__value' data-testid='liaison-mobile'>
          {revealed ? revealed.mobile : contact.mobileMasked}
        </Text>
      </View>
      {contact.canReveal && !revealed && (
        <>
          <Button
            className={classNames('btn btn--secondary', revealing && 'btn--disabled')}
            data-testid='liaison-reveal'
            disabled={revealing}
            loading={revealing}
            onClick={() => void reveal()}
          >
            显示完整号码
          </Button>
          <Text className='muted'>每次查看都会记录，联络员可以看到是谁查看了号码。</Text>
        </>
      )}
      {revealed && (
        <Button className='btn btn--primary' data-testid='liaison-call' onClick={call}>
          拨打 {revealed.mobile}
        </Button>
      )}
    </View>
  )
}
