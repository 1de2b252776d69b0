import { Button } from '@tarojs/components'
import { classNames } from '../../../lib/class-names'

interface AgreeButtonProps {
  busy: boolean
  onAgree: () => void
}

/**
 * WeChat records the user's agreement to the mini program's privacy guide only through this
 * button type (base library ≥ 2.32.3); after it fires, the agreement is stored on our side too.
 */
export function AgreeButton({ busy, onAgree }: AgreeButtonProps) {
  return (
    <Button
      className={classNames('btn btn--primary', busy && 'btn--disabled')}
      data-testid='privacy-agree'
      openType='agreePrivacyAuthorization'
      disabled={busy}
      loading={busy}
      onAgreePrivacyAuthorization={onAgree}
    >
      同意并继续
    </Button>
  )
}
