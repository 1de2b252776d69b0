import { Button } from '@tarojs/components'
import { classNames } from '../lib/class-names'

interface LoadMoreButtonProps {
  /** False once every item is on the page. */
  shown: boolean
  loading: boolean
  onLoad: () => Promise<void> | void
  testId: string
  /** Default 加载更多. */
  label?: string
}

/** The 加载更多 footer of every paged list; disabled while a page is loading so taps can't double-fetch. */
export function LoadMoreButton({ shown, loading, onLoad, testId, label = '加载更多' }: LoadMoreButtonProps) {
  if (!shown) return null
  return (
    <Button
      className={classNames('btn btn--secondary', loading && 'btn--disabled')}
      data-testid={testId}
      disabled={loading}
      loading={loading}
      onClick={() => void onLoad()}
    >
      {label}
    </Button>
  )
}
