import { Button, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { listSessions } from '../../../../types/salons/contracts'
import { LoadErrorView, LoadingView, StatusView } from '../../../components/status-view'
import { SignInRequired } from '../../../components/sign-in-required'
import { useSignedInLoad } from '../../../hooks/use-signed-in-load'
import { openRoute } from '../../../lib/navigation'
import { ROUTES } from '../../../routes'
import { callFunction } from '../../../services/call-function'
import { SessionCard } from '../shared/session-card'
import '../shared/salons.scss'

export default function SalonListPage() {
  const { state, reload } = useSignedInLoad(() => callFunction(listSessions, { pageSize: 50 }), 'salons')
  // Seats change while the user is elsewhere: refresh when the page shows again.
  useDidShow(() => {
    if (state.status === 'ready') void reload()
  })
  return (
    <View className='page'>
      <Button className='btn btn--secondary btn--small salon-list__mine' data-testid='salon-my-registrations' onClick={() => openRoute(ROUTES.mySalonRegistrations)}>
        我的报名与电子票
      </Button>
      {state.status === 'loading' && <LoadingView />}
      {state.status === 'signed-out' && <SignInRequired returnTo={ROUTES.salonList} />}
      {state.status === 'error' && <LoadErrorView error={state.error} onRetry={() => void reload()} />}
      {state.status === 'ready' && state.data.items.length === 0 && (
        <StatusView icon='训' title='近期暂无培训沙龙' description='新活动发布后会出现在这里。' testId='salon-empty' />
      )}
      {state.status === 'ready' &&
        state.data.items.map((s) => <SessionCard key={s.sessionId} session={s} onTap={() => openRoute(ROUTES.salonDetail, { id: s.sessionId })} />)}
    </View>
  )
}
