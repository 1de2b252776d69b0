import { Button, Picker, Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { IP_TYPES, type IpTypeCode } from '../../../../types/catalog/ip-types'
import { REGIONS, regionName, type RegionCode } from '../../../../types/catalog/regions'
import { SERVICE_TYPES, serviceTypeName, type ServiceTypeCode } from '../../../../types/catalog/service-types'
import { CONSULTATION_MODE_LABELS, type ProviderKind } from '../../../../types/consultations/availability'
import { listProviders } from '../../../../types/consultations/contracts'
import type { ProviderCard } from '../../../../types/consultations/schemas'
import { ChipSelect } from '../../../components/chip-select'
import { SignInRequired } from '../../../components/sign-in-required'
import { LoadErrorView, LoadingView, StatusView } from '../../../components/status-view'
import { useSignedInLoad } from '../../../hooks/use-signed-in-load'
import { openRoute } from '../../../lib/navigation'
import { ROUTES } from '../../../routes'
import { callFunction } from '../../../services/call-function'
import { slotText } from '../shared/countdown'
import '../shared/consultations.scss'

const TOPICS = SERVICE_TYPES.map((s) => ({ code: s.code, name: s.name }))
const IP_OPTIONS = IP_TYPES.map((t) => ({ code: t.code, name: t.name }))
const KINDS = [
  { code: 'expert' as const, name: '专家' },
  { code: 'agency' as const, name: '协助机构' },
]
const COUNTRY_NAMES = ['不限', ...REGIONS.map((r) => r.name)]

function Card({ card, reportId }: { card: ProviderCard; reportId: string | undefined }) {
  // A report opened the browser: the booking carries it, so the report's timeline shows the consultation.
  const book = () => openRoute(ROUTES.consultationBook, { kind: card.provider.kind, id: card.provider.id, ...(reportId ? { reportId } : {}) })
  return (
    <View className='card' data-testid='provider-card' data-id={card.provider.id}>
      <Text className='card__title'>{card.provider.name}</Text>
      <Text className='card__desc'>{card.provider.subtitle}</Text>
      <Text className='booking-card__line'>
        {card.topics.map(serviceTypeName).join('、')} · {card.modes.map((m) => CONSULTATION_MODE_LABELS[m]).join('、')}
      </Text>
      {card.countries.length > 0 && <Text className='booking-card__line'>熟悉：{card.countries.map(regionName).join('、')}</Text>}
      {card.nextSlot ? (
        <Text className='provider-card__next' data-testid='provider-next-slot'>
          最近可约：{slotText(card.nextSlot.startAt, card.nextSlot.endAt)}
        </Text>
      ) : (
        <Text className='provider-card__none'>近期暂无可约时段</Text>
      )}
      <Button className='btn btn--primary' data-testid='provider-book' onClick={book}>
        选择时段预约
      </Button>
    </View>
  )
}

/** Browse experts and agencies taking bookings, soonest free slot first. */
export default function ProvidersPage() {
  const { params } = useRouter()
  const [topic, setTopic] = useState<ServiceTypeCode[]>(params.topic ? [params.topic as ServiceTypeCode] : [])
  const [ipType, setIpType] = useState<IpTypeCode[]>([])
  const [kind, setKind] = useState<ProviderKind[]>([])
  const [country, setCountry] = useState<RegionCode | null>(null)
  const filter = { topic: topic[0], ipType: ipType[0], kind: kind[0], country: country ?? undefined }
  const { state, reload } = useSignedInLoad(() => callFunction(listProviders, filter), JSON.stringify(filter))

  return (
    <View className='page' data-testid='consultation-providers'>
      {params.reportId && (
        <View className='card' data-testid='providers-linked-report'>
          <Text className='card__desc'>本次预约将关联您的上报，预约、改期和取消都会记入上报的进展记录。</Text>
        </View>
      )}
      <View className='card'>
        <View className='filter-row'>
          <Text className='filter-row__label'>咨询主题</Text>
          <ChipSelect options={TOPICS} selected={topic} onChange={setTopic} testIdPrefix='filter-topic' single />
        </View>
        <View className='filter-row'>
          <Text className='filter-row__label'>知识产权类型</Text>
          <ChipSelect options={IP_OPTIONS} selected={ipType} onChange={setIpType} testIdPrefix='filter-ip' single />
        </View>
        <View className='filter-row'>
          <Text className='filter-row__label'>专家或机构</Text>
          <ChipSelect options={KINDS} selected={kind} onChange={setKind} testIdPrefix='filter-kind' single />
        </View>
        <Picker mode='selector' range={COUNTRY_NAMES} onChange={(e) => setCountry(Number(e.detail.value) === 0 ? null : REGIONS[Number(e.detail.value) - 1].code)}>
          <View className='filter-row'>
            <Text className='filter-row__label'>国家或地区：{country ? regionName(country) : '不限'}（点击选择）</Text>
          </View>
        </Picker>
      </View>
      {state.status === 'loading' && <LoadingView />}
      {state.status === 'signed-out' && <SignInRequired returnTo={ROUTES.consultationProviders} />}
      {state.status === 'error' && <LoadErrorView error={state.error} onRetry={() => void reload()} />}
      {state.status === 'ready' && state.data.items.length === 0 && (
        <StatusView icon='约' title='暂无符合条件的专家或机构' description='可减少筛选条件后再试。' testId='providers-empty' />
      )}
      {state.status === 'ready' && state.data.items.map((card) => <Card key={`${card.provider.kind}-${card.provider.id}`} card={card} reportId={params.reportId} />)}
    </View>
  )
}
