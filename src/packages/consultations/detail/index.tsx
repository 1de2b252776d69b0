import { Button, Text, View } from '@tarojs/components'
import { useDidShow, useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { serviceTypeName } from '../../../../types/catalog/service-types'
import { CONSULTATION_MODE_LABELS } from '../../../../types/consultations/availability'
import { getBooking } from '../../../../types/consultations/contracts'
import { formatShanghai } from '../../../../types/time'
import { PrivacySheet } from '../../../components/privacy-sheet'
import { SignInRequired } from '../../../components/sign-in-required'
import { LoadErrorView, LoadingView } from '../../../components/status-view'
import { useSignedInLoad } from '../../../hooks/use-signed-in-load'
import { openRoute } from '../../../lib/navigation'
import { ROUTES } from '../../../routes'
import { callFunction } from '../../../services/call-function'
import { countdownText, slotText } from '../shared/countdown'
import { HISTORY_LABELS, PARTY_LABELS, statusTag } from '../shared/labels'
import { BookingActions } from './booking-actions'
import { PhoneActions } from './phone-actions'
import '../shared/consultations.scss'

function Row({ label, children, testId }: { label: string; children: string; testId?: string }) {
  return (
    <View className='info-row'>
      <Text className='info-row__label'>{label}</Text>
      <Text className='info-row__value' data-testid={testId}>
        {children}
      </Text>
    </View>
  )
}

export default function ConsultationDetailPage() {
  const { params } = useRouter()
  const bookingId = params.id ?? ''
  const { state, reload } = useSignedInLoad(() => callFunction(getBooking, { bookingId }), bookingId)
  const [now, setNow] = useState(Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000)
    return () => clearInterval(timer)
  }, [])
  useDidShow(() => {
    setNow(Date.now())
    if (state.status === 'ready') void reload()
  })

  if (state.status !== 'ready') {
    return (
      <View className='page'>
        {state.status === 'loading' && <LoadingView />}
        {state.status === 'signed-out' && <SignInRequired returnTo={ROUTES.myConsultations} />}
        {state.status === 'error' && <LoadErrorView error={state.error} onRetry={() => void reload()} />}
      </View>
    )
  }

  const booking = state.data
  const tag = statusTag(booking.status)
  const cancelledByOther = booking.status === 'cancelled' && booking.viewer.includes('enterprise') && booking.history.at(-1)?.by !== 'enterprise'
  return (
    <View className='page' data-testid='consultation-detail' data-id={booking.bookingId} data-status={booking.status}>
      <View className='card'>
        <View className='card__header'>
          <Text className='booking-card__time' data-testid='booking-time'>
            {slotText(booking.startAt, booking.endAt)}
          </Text>
          <Text className={tag.className} data-testid='booking-status'>
            {tag.label}
          </Text>
        </View>
        {booking.status === 'confirmed' && (
          <Text className='booking-card__countdown' data-testid='booking-countdown'>
            {countdownText(now, booking.startAt, booking.endAt)}
          </Text>
        )}
        {booking.statusReason && <Text className='booking-card__line' data-testid='booking-reason'>取消原因：{booking.statusReason}</Text>}
        <Row label='专家/机构' testId='booking-provider'>{booking.provider.name}</Row>
        <Row label='企业'>{booking.enterpriseName}</Row>
        <Row label='咨询方式'>{CONSULTATION_MODE_LABELS[booking.mode]}</Row>
        <Row label='咨询主题'>{serviceTypeName(booking.topic)}</Row>
        {booking.address && <Row label='地址' testId='booking-address'>{booking.address}</Row>}
        {booking.meetingLink && <Row label='会议链接'>{booking.meetingLink}</Row>}
        {booking.phone && <Row label='联系电话'>{booking.phone}</Row>}
        <Row label='咨询问题'>{booking.questions}</Row>
      </View>

      {booking.status === 'confirmed' && <PhoneActions booking={booking} />}

      {cancelledByOther && (
        <View className='card'>
          <Text className='card__desc'>对方取消了这次咨询，可查看该专家或机构的其他空闲时段重新预约。</Text>
          <Button
            className='btn btn--primary'
            data-testid='booking-rebook'
            onClick={() => openRoute(ROUTES.consultationBook, { kind: booking.provider.kind, id: booking.provider.id })}
          >
            查看其他时段
          </Button>
        </View>
      )}

      {booking.outcomeNote && (
        <View className='card'>
          <Text className='card__title'>咨询小结</Text>
          <Text className='card__desc' data-testid='booking-outcome-note'>{booking.outcomeNote}</Text>
        </View>
      )}
      {booking.rating !== null && (
        <View className='card'>
          <Text className='card__title'>企业评价：{booking.rating} 星</Text>
          {booking.ratingComment && <Text className='card__desc'>{booking.ratingComment}</Text>}
        </View>
      )}

      <BookingActions booking={booking} viewer={booking.viewer} now={now} onChanged={() => void reload()} />

      <View className='card'>
        <Text className='card__title'>记录</Text>
        {booking.history.map((e) => (
          <Text key={`${e.at}-${e.action}`} className='history-item' data-testid='booking-history-item'>
            {formatShanghai(e.at)} {PARTY_LABELS[e.by]}{HISTORY_LABELS[e.action] ?? e.action}
            {e.fromStartAt ? `（原 ${formatShanghai(e.fromStartAt)}）` : ''}
            {e.reason ? `：${e.reason}` : ''}
          </Text>
        ))}
      </View>
      <PrivacySheet />
    </View>
  )
}
