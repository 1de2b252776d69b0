import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { listAllBookings } from '../../../../types/consultations/contracts'
import { BOOKING_STATUS_LABELS, BOOKING_STATUSES, type BookingStatus } from '../../../../types/consultations/schemas'
import { ChipSelect } from '../../../components/chip-select'
import { SignInRequired } from '../../../components/sign-in-required'
import { LoadErrorView, LoadingView, StatusView } from '../../../components/status-view'
import { useSignedInLoad } from '../../../hooks/use-signed-in-load'
import { ROUTES } from '../../../routes'
import { callFunction } from '../../../services/call-function'
import { BookingCard } from '../shared/booking-card'
import '../shared/consultations.scss'

const STATUS_OPTIONS = BOOKING_STATUSES.map((code) => ({ code, name: BOOKING_STATUS_LABELS[code] }))

/** Staff: every booking, latest first, filtered by status; each opens the detail to move or cancel. */
export default function StaffConsultationsPage() {
  const [status, setStatus] = useState<BookingStatus[]>([])
  const { state, reload } = useSignedInLoad(() => callFunction(listAllBookings, { page: 1, pageSize: 50, status: status[0] }), status.join())
  const now = Date.now()
  return (
    <View className='page' data-testid='staff-consultations'>
      <View className='card'>
        <Text className='filter-row__label'>按状态筛选</Text>
        <ChipSelect options={STATUS_OPTIONS} selected={status} onChange={setStatus} testIdPrefix='status-filter' single />
      </View>
      {state.status === 'loading' && <LoadingView />}
      {state.status === 'signed-out' && <SignInRequired returnTo={ROUTES.staffConsultations} />}
      {state.status === 'error' && <LoadErrorView error={state.error} onRetry={() => void reload()} />}
      {state.status === 'ready' && (
        <Text className='section-title'>
          共 {state.data.total} 个预约
        </Text>
      )}
      {state.status === 'ready' && state.data.items.length === 0 && <StatusView icon='约' title='暂无预约' />}
      {state.status === 'ready' && state.data.items.map((b) => <BookingCard key={b.bookingId} booking={b} now={now} counterpart='provider' />)}
    </View>
  )
}
