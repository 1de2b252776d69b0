import { Button, Text, View } from '@tarojs/components'
import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { serviceTypeName } from '../../../../types/catalog/service-types'
import { getSession } from '../../../../types/salons/contracts'
import { AUDIENCE_LABELS, type SessionDetail } from '../../../../types/salons/schemas'
import { formatShanghai } from '../../../../types/time'
import { PrivacySheet } from '../../../components/privacy-sheet'
import { LoadErrorView, LoadingView } from '../../../components/status-view'
import { SignInRequired } from '../../../components/sign-in-required'
import { useProfile } from '../../../hooks/use-profile'
import { useSignedInLoad } from '../../../hooks/use-signed-in-load'
import { openRoute } from '../../../lib/navigation'
import { ROUTES } from '../../../routes'
import { callFunction } from '../../../services/call-function'
import { seatsText, sessionTimeText, STATUS_TAG, statusLabel } from '../shared/labels'
import { RegisterForm } from './register-form'
import '../shared/salons.scss'

function openPlace(session: SessionDetail) {
  if (!session.place) return
  void Taro.openLocation({ latitude: session.place.latitude, longitude: session.place.longitude, name: session.place.name, address: session.place.address, scale: 16 })
}

function canRegister(session: SessionDetail, now: number): boolean {
  return session.status === 'published' && now >= Date.parse(session.registrationOpensAt) && now < Date.parse(session.registrationClosesAt)
}

export default function SalonDetailPage() {
  const { params } = useRouter()
  const sessionId = params.id ?? ''
  const { profile } = useProfile()
  const { state, reload } = useSignedInLoad(() => callFunction(getSession, { sessionId }), sessionId)
  useDidShow(() => {
    if (state.status === 'ready') void reload()
  })

  if (state.status === 'loading') return <LoadingView />
  if (state.status === 'signed-out') return <View className='page'><SignInRequired returnTo={ROUTES.salonList} /></View>
  if (state.status === 'error') return <View className='page'><LoadErrorView error={state.error} onRetry={() => void reload()} /></View>
  const session = state.data
  const active = session.myRegistrations.filter((r) => r.status === 'confirmed' || r.status === 'held' || r.status === 'waiting')
  return (
    <View className='page salon-detail' data-testid='salon-detail'>
      <View className='card'>
        <Text className='tag tag--blue'>{serviceTypeName(session.topic)}</Text>
        <Text className='salon-detail__title' data-testid='salon-title'>{session.title}</Text>
        {session.status === 'cancelled' && <Text className='salon-banner salon-banner--red'>本场活动已取消</Text>}
        <View className='info-row'>
          <Text className='info-row__label'>时间</Text>
          <Text className='info-row__value'>{sessionTimeText(session.startsAt, session.endsAt)}</Text>
        </View>
        <View className='info-row'>
          <Text className='info-row__label'>地点</Text>
          <Text className='info-row__value'>{session.place ? `${session.place.name}（${session.place.address}）` : '线上活动，报名后在电子票中查看链接'}</Text>
        </View>
        {session.speakers.length > 0 && (
          <View className='info-row'>
            <Text className='info-row__label'>主讲</Text>
            <View className='info-row__value'>
              {session.speakers.map((s, i) => (
                <Text
                  key={i}
                  className={s.expertId ? 'salon-speaker salon-speaker--link' : 'salon-speaker'}
                  onClick={() => {
                    if (s.expertId) openRoute(ROUTES.expertDetail, { id: s.expertId })
                  }}
                >
                  {s.name}
                  {i < session.speakers.length - 1 ? '、' : ''}
                </Text>
              ))}
            </View>
          </View>
        )}
        <View className='info-row'>
          <Text className='info-row__label'>对象</Text>
          <Text className='info-row__value'>{AUDIENCE_LABELS[session.audience]}</Text>
        </View>
        <View className='info-row'>
          <Text className='info-row__label'>报名截止</Text>
          <Text className='info-row__value'>{formatShanghai(session.registrationClosesAt)}</Text>
        </View>
        <Text className={session.seatsLeft > 0 ? 'salon-seats-big' : 'salon-seats-big salon-seats-big--full'} data-testid='salon-detail-seats'>
          {seatsText(session)}（共 {session.capacity} 席）
        </Text>
        {session.place && (
          <Button className='btn btn--secondary btn--small' data-testid='salon-open-location' onClick={() => openPlace(session)}>
            查看地图与导航
          </Button>
        )}
        {session.description && <Text className='card__desc salon-detail__desc'>{session.description}</Text>}
      </View>

      {session.myRegistrations.length > 0 && (
        <View className='card' data-testid='salon-my-tickets'>
          <Text className='card__title'>我的报名</Text>
          {session.myRegistrations.map((t) => (
            <View key={t.registrationId} className='menu__row salon-ticket-row' data-testid='salon-my-ticket' onClick={() => openRoute(ROUTES.salonTicket, { id: t.registrationId })}>
              <Text className='salon-ticket-row__name'>{t.attendeeName}</Text>
              <Text className={STATUS_TAG[t.status]} data-testid='salon-my-ticket-status'>
                {t.status === 'waiting' && t.position ? `候补第 ${t.position} 位` : statusLabel(t.status)}
              </Text>
              <Text className='menu__arrow'>›</Text>
            </View>
          ))}
        </View>
      )}

      {profile && canRegister(session, Date.now()) && active.length < session.perEnterpriseLimit && (
        <RegisterForm key={`${session.sessionId}:${active.length}`} session={session} userId={profile.userId} onRegistered={() => void reload()} />
      )}
      {session.status === 'published' && !canRegister(session, Date.now()) && (
        <View className='card'>
          <Text className='card__desc'>
            {Date.now() < Date.parse(session.registrationOpensAt) ? `报名将于 ${formatShanghai(session.registrationOpensAt)} 开始` : '报名已截止'}
          </Text>
        </View>
      )}
      <PrivacySheet />
    </View>
  )
}
