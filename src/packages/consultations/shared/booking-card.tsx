import { Text, View } from '@tarojs/components'
import { serviceTypeName } from '../../../../types/catalog/service-types'
import { CONSULTATION_MODE_LABELS } from '../../../../types/consultations/availability'
import type { BookingView } from '../../../../types/consultations/schemas'
import { openRoute } from '../../../lib/navigation'
import { ROUTES } from '../../../routes'
import { countdownText, slotText } from './countdown'
import { statusTag } from './labels'

/** One booking in a list: time, countdown, who and how; opens the detail page. */
export function BookingCard({ booking, now, counterpart }: { booking: BookingView; now: number; counterpart: 'provider' | 'enterprise' }) {
  const tag = statusTag(booking.status)
  const who = counterpart === 'provider' ? booking.provider.name : booking.enterpriseName
  return (
    <View
      className='card'
      data-testid='booking-card'
      data-id={booking.bookingId}
      data-status={booking.status}
      onClick={() => openRoute(ROUTES.consultationDetail, { id: booking.bookingId })}
    >
      <View className='card__header'>
        <Text className='booking-card__time' data-testid='booking-card-time'>
          {slotText(booking.startAt, booking.endAt)}
        </Text>
        <Text className={tag.className}>{tag.label}</Text>
      </View>
      {booking.status === 'confirmed' && (
        <Text className='booking-card__countdown' data-testid='booking-card-countdown'>
          {countdownText(now, booking.startAt, booking.endAt)}
        </Text>
      )}
      <Text className='booking-card__line'>
        {who} · {CONSULTATION_MODE_LABELS[booking.mode]} · {serviceTypeName(booking.topic)}
      </Text>
    </View>
  )
}
