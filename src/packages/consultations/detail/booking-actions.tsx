import { Button, Text, Textarea, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { cancelBooking, markAttendance, rateBooking, recordOutcome } from '../../../../types/consultations/contracts'
import type { BookingParty, BookingView } from '../../../../types/consultations/schemas'
import { ChipSelect } from '../../../components/chip-select'
import { FieldError } from '../../../components/field-error'
import { openRoute } from '../../../lib/navigation'
import { ROUTES } from '../../../routes'
import { callFunction } from '../../../services/call-function'
import { showFormError, type FieldErrors } from '../../../services/show-error'

const STARS = [1, 2, 3, 4, 5].map((n) => ({ code: String(n), name: `${n} 星` }))

function TextForm(props: { testId: string; label: string; placeholder: string; submit: string; onSubmit: (text: string) => Promise<unknown> }) {
  const [text, setText] = useState('')
  const [errors, setErrors] = useState<FieldErrors>({})
  const [busy, setBusy] = useState(false)
  const send = () => {
    if (busy) return
    setBusy(true)
    void props
      .onSubmit(text)
      .then(() => setText(''))
      .catch((error: unknown) => setErrors(showFormError(error)))
      .finally(() => setBusy(false))
  }
  const message = errors.reason ?? errors.note ?? errors.comment
  return (
    <View className={message ? 'form-field form-field--invalid' : 'form-field'}>
      <Text className='form-field__label'>{props.label}</Text>
      <View className='form-field__control form-field__control--textarea'>
        <Textarea className='form-field__textarea' data-testid={`${props.testId}-text`} value={text} maxlength={-1} placeholder={props.placeholder} onInput={(e) => setText(e.detail.value)} />
      </View>
      <FieldError field={props.testId} message={message} />
      <Button className='btn btn--secondary' data-testid={`${props.testId}-submit`} loading={busy} onClick={send}>
        {props.submit}
      </Button>
    </View>
  )
}

/** What the caller may do with the booking, by their part in it and its state. */
export function BookingActions({ booking, viewer, now, onChanged }: { booking: BookingView; viewer: BookingParty[]; now: number; onChanged: () => void }) {
  const [stars, setStars] = useState<string[]>([])
  const enterprise = viewer.includes('enterprise')
  const provider = viewer.includes('provider')
  const staff = viewer.includes('staff')
  const confirmed = booking.status === 'confirmed'
  const beforeCutoff = now < Date.parse(booking.changeableUntil)
  const started = now >= Date.parse(booking.startAt)
  const done = (promise: Promise<unknown>) => promise.then(onChanged)

  const cancelAsEnterprise = async () => {
    const answer = await Taro.showModal({ title: '取消预约', content: '确定取消这次咨询吗？取消后该时段将开放给其他企业。', confirmText: '确定取消', cancelText: '再想想' })
    if (!answer.confirm) return
    try {
      await callFunction(cancelBooking, { bookingId: booking.bookingId, reason: null })
      onChanged()
    } catch (error) {
      showFormError(error)
    }
  }

  return (
    <View className='card' data-testid='booking-actions'>
      {confirmed && ((enterprise && beforeCutoff) || staff) && (
        <View className='btn-group'>
          <Button className='btn btn--primary' data-testid='booking-reschedule' onClick={() => openRoute(ROUTES.consultationBook, { bookingId: booking.bookingId })}>
            改期
          </Button>
          {enterprise && (
            <Button className='btn btn--danger' data-testid='booking-cancel' onClick={() => void cancelAsEnterprise()}>
              取消预约
            </Button>
          )}
        </View>
      )}
      {confirmed && enterprise && !beforeCutoff && <Text className='muted'>距开始已不足 2 小时，如需变更请直接联系对方。</Text>}
      {confirmed && (provider || staff) && !enterprise && (
        <TextForm
          testId='booking-provider-cancel'
          label='取消预约（需说明原因，企业会收到通知）'
          placeholder='例如：临时出差，请改约其他时段'
          submit='取消预约'
          onSubmit={(reason) => done(callFunction(cancelBooking, { bookingId: booking.bookingId, reason }))}
        />
      )}
      {confirmed && started && (provider || staff) && (
        <View className='btn-group'>
          <Button className='btn btn--primary' data-testid='booking-attended' onClick={() => void done(callFunction(markAttendance, { bookingId: booking.bookingId, attended: true })).catch(showFormError)}>
            已到场，完成咨询
          </Button>
          <Button className='btn btn--secondary' data-testid='booking-no-show' onClick={() => void done(callFunction(markAttendance, { bookingId: booking.bookingId, attended: false })).catch(showFormError)}>
            未到场
          </Button>
        </View>
      )}
      {booking.status === 'attended' && provider && (
        <TextForm
          testId='booking-outcome'
          label={booking.outcomeNote ? '修改咨询小结（企业可见）' : '咨询小结（企业可见）'}
          placeholder='简要记录咨询结论和建议'
          submit='保存小结'
          onSubmit={(note) => done(callFunction(recordOutcome, { bookingId: booking.bookingId, note }))}
        />
      )}
      {booking.status === 'attended' && enterprise && booking.rating === null && (
        <View>
          <Text className='form-field__label'>为这次咨询评分</Text>
          <ChipSelect options={STARS} selected={stars} onChange={setStars} testIdPrefix='booking-rating' single />
          <TextForm
            testId='booking-rate'
            label='评价（选填）'
            placeholder='说说这次咨询对您的帮助'
            submit='提交评价'
            onSubmit={(comment) => done(callFunction(rateBooking, { bookingId: booking.bookingId, rating: Number(stars[0] ?? 0), comment: comment || null }))}
          />
        </View>
      )}
    </View>
  )
}
