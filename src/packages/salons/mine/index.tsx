import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { listMyRegistrations } from '../../../../types/salons/contracts'
import { LoadErrorView, LoadingView, StatusView } from '../../../components/status-view'
import { SignInRequired } from '../../../components/sign-in-required'
import { useSignedInLoad } from '../../../hooks/use-signed-in-load'
import { openRoute } from '../../../lib/navigation'
import { ROUTES } from '../../../routes'
import { callFunction } from '../../../services/call-function'
import { sessionTimeText, STATUS_TAG, statusLabel } from '../shared/labels'
import '../shared/salons.scss'

export default function MySalonRegistrationsPage() {
  const { state, reload } = useSignedInLoad(() => callFunction(listMyRegistrations, { pageSize: 50 }), 'mine')
  useDidShow(() => {
    if (state.status === 'ready') void reload()
  })
  return (
    <View className='page'>
      {state.status === 'loading' && <LoadingView />}
      {state.status === 'signed-out' && <SignInRequired returnTo={ROUTES.mySalonRegistrations} />}
      {state.status === 'error' && <LoadErrorView error={state.error} onRetry={() => void reload()} />}
      {state.status === 'ready' && state.data.items.length === 0 && <StatusView icon='票' title='还没有报名记录' description='在培训沙龙列表中选择活动报名。' />}
      {state.status === 'ready' &&
        state.data.items.map((t) => (
          <View key={t.registrationId} className='card salon-card' data-testid='my-registration' onClick={() => openRoute(ROUTES.salonTicket, { id: t.registrationId })}>
            <Text className='card__title'>{t.sessionTitle}</Text>
            <Text className='card__desc'>{sessionTimeText(t.startsAt, t.startsAt)}</Text>
            <View className='salon-ticket__who'>
              <Text className='salon-ticket__name'>{t.attendeeName}</Text>
              <Text className={STATUS_TAG[t.status]}>{t.status === 'waiting' && t.position ? `候补第 ${t.position} 位` : statusLabel(t.status)}</Text>
            </View>
          </View>
        ))}
    </View>
  )
}
