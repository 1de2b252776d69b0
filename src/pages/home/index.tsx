import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { UserProfile } from '../../../types/users/schemas'
import { APPLICATION_STATUS_LABELS } from '../../../types/users/schemas'
import { useProfile } from '../../hooks/use-profile'
import { openRoute } from '../../lib/navigation'
import { SERVICE_ENTRIES, type ServiceEntry } from './service-entries'
import './index.scss'
import { HotlineCard } from '../../components/hotline-card'
import { PrivacySheet } from '../../components/privacy-sheet'

/** What the 企业登记 tile says under its title once the profile is known. */
function enterpriseStatusLine(profile: UserProfile | null): string | null {
  if (!profile) return null
  if (profile.enterprise) return '已认证'
  if (profile.latestApplication) return APPLICATION_STATUS_LABELS[profile.latestApplication.status]
  return null
}

function ServiceTile({ entry, statusLine }: { entry: ServiceEntry; statusLine: string | null }) {
  const onTap = () => {
    if (entry.available && entry.route) {
      openRoute(entry.route, entry.query)
      return
    }
    void Taro.showToast({ title: `「${entry.title}」即将上线，敬请期待`, icon: 'none' })
  }
  return (
    <View
      className={entry.available ? 'service-tile' : 'service-tile service-tile--soon'}
      data-testid={`service-${entry.key}`}
      onClick={onTap}
    >
      <Text className='service-tile__glyph'>{entry.glyph}</Text>
      <Text className='service-tile__title'>{entry.title}</Text>
      {entry.available ? (
        <Text className='service-tile__desc'>{statusLine ?? entry.description}</Text>
      ) : (
        <Text className='service-tile__soon'>即将上线</Text>
      )}
    </View>
  )
}

export default function HomePage() {
  // The home page works without a profile; it only enriches the 企业登记 tile.
  const { profile } = useProfile({ onError: 'quiet' })
  const statusLine = enterpriseStatusLine(profile)

  return (
    <View className='home'>
      <View className='home-hero'>
        <Text className='home-hero__badge'>许昌市</Text>
        <Text className='home-hero__title'>海外知识产权维权援助</Text>
        <Text className='home-hero__subtitle'>
          为出口企业提供海外知识产权纠纷应对、风险预警与专家咨询的一站式公共服务
        </Text>
      </View>

      <View className='page home__body'>
        <View className='card'>
          <View className='card__header'>
            <Text className='card__title'>服务入口</Text>
          </View>
          <View className='service-grid'>
            {SERVICE_ENTRIES.map((entry) => (
              <ServiceTile key={entry.key} entry={entry} statusLine={entry.key === 'enterprise' ? statusLine : null} />
            ))}
          </View>
        </View>

        <View className='card home-notice'>
          <Text className='card__title'>遇到海外知识产权纠纷？</Text>
          <Text className='card__desc home-notice__text'>
            先完成企业登记，即可在线上报纠纷与风险、预约专家咨询，获得维权援助。
          </Text>
        </View>
        <HotlineCard />
        <PrivacySheet />
      </View>
    </View>
  )
}
