import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { classNames } from '../../../lib/class-names'
import { showActionError } from '../../../services/show-error'
import { askToSubscribe } from '../../../services/subscribe-taps'

interface TopUpButtonProps {
  message: string
  onDone: () => void
}

/**
 * 「继续接收推送」: asks WeChat for more one-time sends after the user read an alert. The popup call
 * is the first statement of the tap handler (no await before it), as WeChat requires. The page
 * preloads the template ids (usePreloadSubscribeTemplates).
 */
export function TopUpButton({ message, onDone }: TopUpButtonProps) {
  const [busy, setBusy] = useState(false)

  const onTap = () => {
    const popup = askToSubscribe('alertTopUp')
    if (busy) return
    setBusy(true)
    void popup
      .then((outcome) => {
        if (!outcome) return
        if (outcome.error) {
          showActionError(outcome.error)
          return
        }
        const accepted = Object.values(outcome.results).includes('accept')
        void Taro.showToast({ title: accepted ? '已开启推送提醒' : '未开启推送，可稍后再试', icon: 'none' })
        if (outcome.quotas) onDone()
      })
      .finally(() => setBusy(false))
  }

  return (
    <View className='card top-up' data-testid='top-up-prompt'>
      <Text className='card__desc'>{message}</Text>
      <Button
        className={classNames('btn btn--primary', busy && 'btn--disabled')}
        data-testid='top-up-subscribe'
        disabled={busy}
        loading={busy}
        onClick={onTap}
      >
        继续接收推送
      </Button>
    </View>
  )
}
