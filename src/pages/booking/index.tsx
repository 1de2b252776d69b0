import { Text, View } from '@tarojs/components'
import { ComingSoon } from '../../components/coming-soon'
import { HotlineCard } from '../../components/hotline-card'
import { PrivacySheet } from '../../components/privacy-sheet'
import { openRoute } from '../../lib/navigation'
import { ROUTES } from '../../routes'

const PLANNED_FEATURES = [
  '按国家或地区、知识产权类型预约专家一对一咨询',
  '查看预约记录，接收时间变更与活动提醒',
] as const

export default function BookingPage() {
  return (
    <View className='page'>
      <View className='card' data-testid='booking-salons' onClick={() => openRoute(ROUTES.salonList)}>
        <Text className='card__title'>培训沙龙</Text>
        <Text className='card__desc'>报名海外知识产权培训与沙龙，查看电子票 ›</Text>
      </View>
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
