import { Text, View } from '@tarojs/components'

/** Tells the person their unsent answers were kept, and lets them start over. */
export function DraftNotice({ onDiscard }: { onDiscard: () => void }) {
  return (
    <View className='draft-notice' data-testid='draft-restored'>
      <Text className='draft-notice__text'>已恢复您上次未提交的内容。</Text>
      <Text className='draft-notice__discard' data-testid='draft-discard' onClick={onDiscard}>
        清空重填
      </Text>
    </View>
  )
}
