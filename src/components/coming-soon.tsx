import { Text, View } from '@tarojs/components'
import { StatusView } from './status-view'

interface ComingSoonProps {
  glyph: string
  title: string
  description: string
  /** What the finished service will offer, one line each. */
  plannedFeatures: readonly string[]
}

/** A tab whose service is not built yet: says so plainly and tells what will be here. */
export function ComingSoon({ glyph, title, description, plannedFeatures }: ComingSoonProps) {
  return (
    <View className='card coming-soon' data-testid='coming-soon'>
      <StatusView icon={glyph} title={title} description={description} />
      <View className='coming-soon__features'>
        <Text className='section-title'>上线后可以</Text>
        {plannedFeatures.map((feature) => (
          <View key={feature} className='coming-soon__feature'>
            <Text className='coming-soon__dot'>•</Text>
            <Text className='coming-soon__text'>{feature}</Text>
          </View>
        ))}
      </View>
    </View>
  )
}
