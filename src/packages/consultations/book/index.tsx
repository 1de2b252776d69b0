import { Button, Text, Textarea, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { serviceTypeName } from '../../../../types/catalog/service-types'
import { CONSULTATION_MODE_LABELS, type ProviderKind } from '../../../../types/consultations/availability'
import { bookConsultation, getBooking, listSlots, rescheduleBooking } from '../../../../types/consultations/contracts'
import { ChipSelect } from '../../../components/chip-select'
import { FieldError } from '../../../components/field-error'
import { SignInRequired } from '../../../components/sign-in-required'
import { LoadErrorView, LoadingView } from '../../../components/status-view'
import { useSignedInLoad } from '../../../hooks/use-signed-in-load'
import { classNames } from '../../../lib/class-names'
import { replaceRoute } from '../../../lib/navigation'
import { ROUTES } from '../../../routes'
import { toActionError } from '../../../services/action-error'
import { callFunction } from '../../../services/call-function'
import { showFormError, type FieldErrors } from '../../../services/show-error'
import { askToSubscribe } from '../../../services/subscribe-taps'
import { usePreloadSubscribeTemplates } from '../../../services/subscribe-templates'
import { clearBookingDraft, loadBookingDraft, saveBookingDraft, type BookingDraft } from '../shared/booking-draft'
import { slotText } from '../shared/countdown'
import { SlotPicker } from '../shared/slot-picker'
import '../shared/consultations.scss'

async function loadPage(params: { kind?: string; id?: string; bookingId?: string }) {
  const moving = params.bookingId ? await callFunction(getBooking, { bookingId: params.bookingId }) : null
  const provider = moving ? { kind: moving.provider.kind, id: moving.provider.id } : { kind: (params.kind ?? 'expert') as ProviderKind, id: params.id ?? '' }
  const slots = await callFunction(listSlots, { provider, days: 14 })
  return { moving, slots }
}

/** Pick a slot and book it (with mode, topic and questions), or move an existing booking (?bookingId=). */
export default function BookPage() {
  const { params } = useRouter()
  const key = `${params.kind}:${params.id}:${params.bookingId ?? ''}`
  const { state, reload } = useSignedInLoad(() => loadPage(params), key)
  const providerKey = `${params.kind}:${params.id}`
  const [draft, setDraft] = useState<BookingDraft>(() => loadBookingDraft(providerKey))
  const [selected, setSelected] = useState<string | null>(null)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [sending, setSending] = useState(false)
  const [moveReason, setMoveReason] = useState('')
  usePreloadSubscribeTemplates()

  useEffect(() => {
    if (!params.bookingId) saveBookingDraft(providerKey, draft)
  }, [draft, providerKey, params.bookingId])

  if (state.status !== 'ready') {
    return (
      <View className='page'>
        {state.status === 'loading' && <LoadingView />}
        {state.status === 'signed-out' && <SignInRequired returnTo={ROUTES.consultationProviders} />}
        {state.status === 'error' && <LoadErrorView error={state.error} onRetry={() => void reload()} />}
      </View>
    )
  }

  const { moving, slots } = state.data
  const { card } = slots
  const update = (patch: Partial<BookingDraft>) => setDraft((d) => ({ ...d, ...patch }))

  const onSlotTaken = (error: unknown) => {
    if (toActionError(error).code === 'CONFLICT') {
      setSelected(null)
      void reload()
    }
  }

  const book = () => {
    // First statement of the tap: WeChat shows the subscribe popup only inside the user's gesture.
    void askToSubscribe('consultationBook')
    if (sending) return
    if (!selected) {
      setErrors({ startAt: '请先选择一个时段' })
      return
    }
    setSending(true)
    const input = {
      idempotencyKey: draft.idempotencyKey,
      provider: { kind: card.provider.kind, id: card.provider.id },
      startAt: selected,
      mode: draft.mode ?? card.modes[0],
      topic: draft.topic ?? card.topics[0],
      questions: draft.questions,
    }
    void callFunction(bookConsultation, input)
      .then((booking) => {
        clearBookingDraft(providerKey)
        void Taro.showToast({ title: '预约成功', icon: 'success' })
        replaceRoute(ROUTES.consultationDetail, { id: booking.bookingId })
      })
      .catch((error: unknown) => {
        setErrors(showFormError(error))
        onSlotTaken(error)
      })
      .finally(() => setSending(false))
  }

  const move = () => {
    void askToSubscribe('consultationReschedule')
    if (sending || !moving) return
    if (!selected) {
      setErrors({ startAt: '请先选择新的时段' })
      return
    }
    setSending(true)
    void callFunction(rescheduleBooking, { bookingId: moving.bookingId, startAt: selected, reason: moveReason.trim() || null })
      .then((booking) => {
        void Taro.showToast({ title: '已改期', icon: 'success' })
        replaceRoute(ROUTES.consultationDetail, { id: booking.bookingId })
      })
      .catch((error: unknown) => {
        setErrors(showFormError(error))
        onSlotTaken(error)
      })
      .finally(() => setSending(false))
  }

  return (
    <View className='page' data-testid='consultation-book'>
      <View className='card'>
        <Text className='card__title' data-testid='book-provider-name'>
          {card.provider.name}
        </Text>
        <Text className='card__desc'>{card.provider.subtitle}</Text>
        {moving && (
          <Text className='booking-card__line' data-testid='book-moving-from'>
            原时段：{slotText(moving.startAt, moving.endAt)}
          </Text>
        )}
      </View>

      <View className={classNames('card', errors.startAt && 'form-field--invalid')}>
        <Text className='form-field__label'>{moving ? '选择新的时段' : '选择时段'}（北京时间）</Text>
        <SlotPicker slots={slots.slots} selected={selected} onSelect={(s) => { setSelected(s); setErrors({}) }} />
        <FieldError field='startAt' message={errors.startAt} />
      </View>

      {moving && !moving.viewer.includes('enterprise') && (
        <View className={classNames('card form-field', errors.reason && 'form-field--invalid')}>
          <Text className='form-field__label'>改期原因（企业会收到通知）</Text>
          <View className='form-field__control form-field__control--textarea'>
            <Textarea className='form-field__textarea' data-testid='book-move-reason' value={moveReason} maxlength={-1} onInput={(e) => setMoveReason(e.detail.value)} />
          </View>
          <FieldError field='reason' message={errors.reason} />
        </View>
      )}
      {!moving && (
        <View className='card'>
          <View className={classNames('form-field', errors.mode && 'form-field--invalid')}>
            <Text className='form-field__label'>咨询方式</Text>
            <ChipSelect
              options={card.modes.map((m) => ({ code: m, name: CONSULTATION_MODE_LABELS[m] }))}
              selected={[draft.mode ?? card.modes[0]]}
              onChange={(next) => update({ mode: next[0] ?? null })}
              testIdPrefix='book-mode'
              single
            />
            <FieldError field='mode' message={errors.mode} />
          </View>
          <View className={classNames('form-field', errors.topic && 'form-field--invalid')}>
            <Text className='form-field__label'>咨询主题</Text>
            <ChipSelect
              options={card.topics.map((t) => ({ code: t, name: serviceTypeName(t) }))}
              selected={[draft.topic ?? card.topics[0]]}
              onChange={(next) => update({ topic: next[0] ?? null })}
              testIdPrefix='book-topic'
              single
            />
          </View>
          <View className={classNames('form-field', errors.questions && 'form-field--invalid')}>
            <Text className='form-field__label'>想咨询的问题</Text>
            <View className='form-field__control form-field__control--textarea'>
              <Textarea
                className='form-field__textarea'
                data-testid='book-questions'
                value={draft.questions}
                maxlength={-1}
                placeholder='例如：美国亚马逊店铺被投诉商标侵权，想了解应诉步骤'
                onInput={(e) => update({ questions: e.detail.value })}
              />
            </View>
            <FieldError field='questions' message={errors.questions} />
          </View>
        </View>
      )}

      <Button
        className={classNames('btn btn--primary', sending && 'btn--disabled')}
        data-testid={moving ? 'book-confirm-move' : 'book-submit'}
        loading={sending}
        onClick={moving ? move : book}
      >
        {moving ? '确认改期' : '确认预约'}
      </Button>
      {!moving && <Text className='muted'>预约成功后会通知您；开始前一天 18:00 和开始前一小时会提醒您。开始前 2 小时以上可以取消或改期。</Text>}
    </View>
  )
}
