import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { recordSubscribeResults } from '../../../../types/messaging/contracts'
import { classNames } from '../../../lib/class-names'
import { callFunction } from '../../../services/call-function'
import { showActionError } from '../../../services/show-error'
import { newRequestId } from './request-id'
import { requestSubscribe } from './request-subscribe'

interface TopUpButtonProps {
  templateIds: readonly string[]
  message: string
  onDone: () => void
}

/**
 * 「继续接收推送」: asks WeChat for more one-time sends after the user read an alert. The popup call
 * is the first statement of the tap handler (no await before it), as WeChat requires.
 */
export function TopUpButton({ templateIds, message, onDone }: TopUpButtonProps) {
  const [busy, setBusy] = useState(false)

  const onTap = () => {
    if (busy) return
    const popup = requestSubscribe(templateIds)
    setBusy(true)
    void popup
      .then(async (results) => {
        if (Object.keys(results).length === 0) return
        const recorded = await callFunction(recordSubscribeResults, { requestId: newRequestId(), results })
        const accepted = Object.values(results).includes('accept')
        void Taro.showToast({ title: accepted ? '已开启推送提醒' : '未开启推送，可稍后再试', icon: 'none' })
        if (recorded) onDone()
      })
      .catch((error: unknown) => {
        showActionError(error)
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
