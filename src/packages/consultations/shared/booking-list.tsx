import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import type { BookingView } from '../../../../types/consultations/schemas'
import { SignInRequired } from '../../../components/sign-in-required'
import { LoadErrorView, LoadingView, StatusView } from '../../../components/status-view'
import { useSignedInLoad } from '../../../hooks/use-signed-in-load'
import type { Route } from '../../../routes'
import { BookingCard } from './booking-card'

export type Scope = 'upcoming' | 'past'

interface BookingListProps {
  load: (scope: Scope) => Promise<{ items: BookingView[] }>
  counterpart: 'provider' | 'enterprise'
  returnTo: Route
  emptyText: string
}

/** 即将开始 / 历史 tabs over a list of bookings with a live countdown; reloads when shown again. */
export function BookingList({ load, counterpart, returnTo, emptyText }: BookingListProps) {
  const [scope, setScope] = useState<Scope>('upcoming')
  const { state, reload } = useSignedInLoad(() => load(scope), scope)
  const [now, setNow] = useState(Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000)
    return () => clearInterval(timer)
  }, [])
  useDidShow(() => {
    setNow(Date.now())
    if (state.status !== 'loading') void reload()
  })

  return (
    <View>
      <View className='scope-tabs'>
        {(['upcoming', 'past'] as const).map((s) => (
          <Text
            key={s}
            className={s === scope ? 'scope-tabs__tab scope-tabs__tab--active' : 'scope-tabs__tab'}
            data-testid={`scope-${s}`}
            onClick={() => setScope(s)}
          >
            {s === 'upcoming' ? '即将开始' : '历史记录'}
          </Text>
        ))}
      </View>
      {state.status === 'loading' && <LoadingView />}
      {state.status === 'signed-out' && <SignInRequired returnTo={returnTo} />}
      {state.status === 'error' && <LoadErrorView error={state.error} onRetry={() => void reload()} />}
      {state.status === 'ready' && state.data.items.length === 0 && <StatusView icon='约' title='暂无预约' description={emptyText} testId='bookings-empty' />}
      {state.status === 'ready' &&
        state.data.items.map((b) => <BookingCard key={b.bookingId} booking={b} now={now} counterpart={counterpart} />)}
    </View>
  )
}
