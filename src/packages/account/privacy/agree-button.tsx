import { Button } from '@tarojs/components'
import { classNames } from '../../../lib/class-names'

interface AgreeButtonProps {
  busy: boolean
  onAgree: () => void
}

// H5 (and any platform without WeChat's privacy button): an ordinary button.
// agree-button.weapp.tsx uses WeChat's agreePrivacyAuthorization button instead.
export function AgreeButton({ busy, onAgree }: AgreeButtonProps) {
  return (
    <Button
      className={classNames('btn btn--primary', busy && 'btn--disabled')}
      data-testid='privacy-agree'
      disabled={busy}
      loading={busy}
      onClick={onAgree}
    >
      同意并继续
    </Button>
  )
}
