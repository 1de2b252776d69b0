import { Text, View } from '@tarojs/components'
import { HotlineCard } from '../../components/hotline-card'
import { PrivacySheet } from '../../components/privacy-sheet'
import { useProfile } from '../../hooks/use-profile'
import { openRoute } from '../../lib/navigation'
import { BOOKING_SECTIONS, visibleEntries } from './sections'
import './index.scss'

/** The 预约 tab: a hub of sections (咨询预约, and siblings such as training salons). */
export default function BookingPage() {
  const { state } = useProfile({ onError: 'quiet' })
  const roles = state.status === 'ready' ? state.profile.roles : []
  return (
    <View className='page' data-testid='booking-hub'>
      {BOOKING_SECTIONS.map((section) => (
        <View key={section.key} data-testid={`booking-section-${section.key}`}>
          <Text className='section-title'>{section.title}</Text>
          <View className='menu'>
            {visibleEntries(section, roles).map((entry) => (
              <View key={entry.key} className='menu__row' data-testid={`booking-entry-${section.key}-${entry.key}`} onClick={() => openRoute(entry.route)}>
                <View>
                  <Text className='hub-entry__title'>{entry.title}</Text>
                  <Text className='hub-entry__desc'>{entry.description}</Text>
                </View>
                <Text className='menu__arrow'>›</Text>
              </View>
            ))}
          </View>
        </View>
      ))}
      <HotlineCard note='现在就需要咨询？请直接拨打热线。' />
      <PrivacySheet />
    </View>
  )
}
