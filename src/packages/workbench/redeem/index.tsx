import { Button, Input, Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { ROLE_LABELS } from '../../../../types/roles'
import { INVITATION_CODE, redeemInvitation } from '../../../../types/workbench/invitations'
import { FieldError } from '../../../components/field-error'
import { PrivacySheet } from '../../../components/privacy-sheet'
import { callFunction } from '../../../services/call-function'
import { showFormError, type FieldErrors } from '../../../services/show-error'
import '../shared/workbench.scss'

const IS_WEAPP = process.env.TARO_ENV === 'weapp'

/** Anyone signed in types (or scans into the link) the code staff gave them, and receives the role. */
export default function RedeemInvitationPage() {
  const router = useRouter()
  const [code, setCode] = useState(router.params.code ?? '')
  const [errors, setErrors] = useState<FieldErrors>({})
  const [done, setDone] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const submit = async () => {
    if (busy) return
    setBusy(true)
    try {
      const result = await callFunction(redeemInvitation, { code })
      setErrors({})
      setDone(result.enterpriseName ? `您已成为“${result.enterpriseName}”的${ROLE_LABELS[result.role]}` : `您已获得“${ROLE_LABELS[result.role]}”身份`)
      void Taro.showToast({ title: '邀请已接受', icon: 'success' })
    } catch (error) {
      setErrors(showFormError(error))
    } finally {
      setBusy(false)
    }
  }

  /** The QR on staff's screen holds the bare code; anything else is not an invitation. */
  const scan = () => {
    void Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] }).then(
      (res) => {
        const scanned = res.result.trim().toUpperCase()
        if (INVITATION_CODE.test(scanned)) {
          setCode(scanned)
          setErrors({})
        } else setErrors({ code: '这不是邀请码二维码，请扫描工作人员出示的邀请码' })
      },
      () => undefined,
    )
  }

  return (
    <View className='page wb'>
      <View className='card'>
        <Text className='card__title'>输入邀请码</Text>
        <Text className='muted wb-note'>邀请码由市场监管局工作人员提供，8 位字母或数字，只能使用一次。</Text>
        <Input className='wb-input' value={code} maxlength={-1} placeholder='例如 K7M2Q9XD' onInput={(e) => setCode(e.detail.value)} data-testid='invite-code' />
        {IS_WEAPP && (
          <Button className='btn btn--secondary' data-testid='invite-scan' onClick={scan}>
            扫码填入
          </Button>
        )}
        <FieldError field='code' message={errors.code} />
        {done && (
          <Text className='wb-note' data-testid='invite-done'>
            {done}
          </Text>
        )}
        <Button className={`btn btn--primary${busy ? ' btn--disabled' : ''}`} data-testid='invite-submit' onClick={() => void submit()}>
          接受邀请
        </Button>
      </View>
      <PrivacySheet />
    </View>
  )
}
