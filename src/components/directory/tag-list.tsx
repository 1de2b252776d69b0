import { Text, View } from '@tarojs/components'

/** Catalog values as small tags; a dash when there are none. */
export function TagList({ names, testId, empty = '暂未填写' }: { names: readonly string[]; testId?: string; empty?: string }) {
  if (names.length === 0) {
    return (
      <Text className='muted' data-testid={testId}>
        {empty}
      </Text>
    )
  }
  return (
    <View className='tag-list' data-testid={testId}>
      {names.map((name) => (
        <Text key={name} className='tag tag--blue tag-list__item'>
          {name}
        </Text>
      ))}
    </View>
  )
}
