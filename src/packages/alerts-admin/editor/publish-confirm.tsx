import { Button, Text, View } from '@tarojs/components'
import type { PushPreview } from '../../../../types/alerts/push-preview'

interface PublishConfirmProps {
  preview: PushPreview
  /** e.g. 立即发布 or 12月1日 09:00 定时发布 */
  when: string
  onConfirm: () => void
  onCancel: () => void
}

/**
 * Publishing reaches every matching subscriber and cannot be called back from their phones, so it
 * is confirmed with the card they will get: the lines come from the server's real message builder.
 */
export function PublishConfirm({ preview, when, onConfirm, onCancel }: PublishConfirmProps) {
  return (
    <View className='publish-confirm' data-testid='publish-confirm' catchMove>
      <View className='publish-confirm__panel'>
        <Text className='publish-confirm__title'>确认{when}并推送？</Text>
        <Text className='publish-confirm__reach' data-testid='publish-confirm-reach'>
          {preview.subscriberCount > 0 ? `将推送给 ${preview.subscriberCount} 位订阅用户` : '目前没有订阅用户会收到推送'}
        </Text>
        <View className='publish-confirm__card' data-testid='publish-confirm-card'>
          {preview.templateTitle ? (
            <>
              <Text className='publish-confirm__card-title'>{preview.templateTitle}</Text>
              {preview.lines.map((line) => (
                <View key={line.label} className='publish-confirm__line'>
                  <Text className='publish-confirm__label'>{line.label}</Text>
                  <Text className='publish-confirm__value' data-testid='publish-confirm-line'>
                    {line.value}
                  </Text>
                </View>
              ))}
            </>
          ) : (
            <Text className='publish-confirm__note'>本环境未配置微信推送，订阅用户只会在消息中心看到：</Text>
          )}
        </View>
        <Text className='publish-confirm__note'>消息中心显示：{preview.inbox.title}——{preview.inbox.summary}</Text>
        <Button className='btn btn--primary' data-testid='publish-confirm-ok' onClick={onConfirm}>
          <Text>确认{when}</Text>
        </Button>
        <Button className='btn btn--secondary' data-testid='publish-confirm-cancel' onClick={onCancel}>
          <Text>取消</Text>
        </Button>
      </View>
    </View>
  )
}
