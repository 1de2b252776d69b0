import { View } from '@tarojs/components'
import { ComingSoon } from '../../components/coming-soon'
import { HotlineCard } from '../../components/hotline-card'
import { PrivacySheet } from '../../components/privacy-sheet'

const PLANNED_FEATURES = [
  '按国家或地区、知识产权类型预约专家一对一咨询',
  '报名参加海外知识产权培训与沙龙',
  '查看预约记录，接收时间变更与活动提醒',
] as const

export default function BookingPage() {
  return (
    <View className='page'>
      <ComingSoon
        glyph='约'
        title='咨询预约即将上线'
        description='这里将提供专家咨询预约与培训沙龙报名。'
        plannedFeatures={PLANNED_FEATURES}
      />
      <HotlineCard note='现在就需要咨询？请直接拨打热线。' />
      <PrivacySheet />
    </View>
  )
}
