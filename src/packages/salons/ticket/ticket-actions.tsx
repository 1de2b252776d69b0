import { Button, Text, Textarea, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { cancelRegistration, confirmHold, submitFeedback } from '../../../../types/salons/contracts'
import type { SessionDetail, Ticket } from '../../../../types/salons/schemas'
import { formatShanghai } from '../../../../types/time'
import { classNames } from '../../../lib/class-names'
import { callFunction } from '../../../services/call-function'
import { showActionError } from '../../../services/show-error'
import { askToSubscribe } from '../../../services/subscribe-taps'
import { usePreloadSubscribeTemplates } from '../../../services/subscribe-templates'

type Session = Omit<SessionDetail, 'myRegistrations'>

function addToCalendar(ticket: Ticket, session: Session) {
  // WeChat takes both times as Unix seconds (numbers); Taro's typing has endTime as a string.
  const options = {
    title: session.title,
    startTime: Math.floor(Date.parse(session.startsAt) / 1000),
    endTime: Math.floor(Date.parse(session.endsAt) / 1000),
    location: session.place ? `${session.place.name} ${session.place.address}` : undefined,
    description: `参会人：${ticket.attendeeName}。请携带电子票签到。`,
    alarm: true,
    alarmOffset: 3600,
  } as unknown as Taro.addPhoneCalendar.Option
  void Taro.addPhoneCalendar(options).then(
    () => Taro.showToast({ title: '已添加到日历', icon: 'none' }),
    () => Taro.showToast({ title: '未添加到日历', icon: 'none' }),
  )
}

/** Two taps to end a registration: the first asks, the second does it (no modal, large buttons). */
function EndRegistration({ ticket, label, onChanged }: { ticket: Ticket; label: string; onChanged: (t: Ticket) => void }) {
  const [asking, setAsking] = useState(false)
  const [busy, setBusy] = useState(false)
  const run = async () => {
    setBusy(true)
    try {
      onChanged(await callFunction(cancelRegistration, { registrationId: ticket.registrationId }))
    } catch (error) {
      showActionError(error)
    } finally {
      setBusy(false)
      setAsking(false)
    }
  }
  return (
    <View className='salon-end'>
      <Button className='btn btn--secondary' data-testid='ticket-end' onClick={() => setAsking(!asking)}>
        {asking ? '不了，保留' : label}
      </Button>
      <View className={asking ? 'salon-end__confirm' : 'salon-end__confirm salon-end__confirm--hidden'}>
        <Button className='btn btn--danger' data-testid='ticket-end-confirm' disabled={busy} loading={busy} onClick={() => void run()}>
          确定{label}
        </Button>
      </View>
    </View>
  )
}

export function TicketActions({ ticket, session, onChanged }: { ticket: Ticket; session: Session; onChanged: (t: Ticket) => void }) {
  const [busy, setBusy] = useState(false)
  const [rating, setRating] = useState(0)
  const [comment, setComment] = useState('')
  usePreloadSubscribeTemplates()

  /** The popup first (reminders and changes for the seat just taken), then the confirmation. */
  const confirm = () => {
    void askToSubscribe('salonConfirmHold')
    setBusy(true)
    void (async () => {
      try {
        onChanged(await callFunction(confirmHold, { registrationId: ticket.registrationId }))
        void Taro.showToast({ title: '已确认席位', icon: 'none' })
      } catch (error) {
        showActionError(error)
      } finally {
        setBusy(false)
      }
    })()
  }
  const rate = async () => {
    setBusy(true)
    try {
      onChanged(await callFunction(submitFeedback, { registrationId: ticket.registrationId, rating, comment: comment.trim() || null }))
      void Taro.showToast({ title: '感谢您的评价', icon: 'none' })
    } catch (error) {
      showActionError(error)
    } finally {
      setBusy(false)
    }
  }
  const started = Date.now() >= Date.parse(session.startsAt)

  if (ticket.status === 'held') {
    return (
      <View className='card' data-testid='ticket-hold'>
        <Text className='salon-banner salon-banner--orange'>有席位空出，已为您保留至 {ticket.holdExpiresAt ? formatShanghai(ticket.holdExpiresAt) : ''}</Text>
        <Text className='card__desc'>请在保留时间内确认，逾期席位将让给下一位候补者。</Text>
        <Button className='btn btn--primary' data-testid='ticket-confirm-hold' disabled={busy} loading={busy} onClick={confirm}>
          确认参加
        </Button>
        <EndRegistration ticket={ticket} label='放弃席位' onChanged={onChanged} />
      </View>
    )
  }
  if (ticket.status === 'waiting') {
    return (
      <View className='card' data-testid='ticket-waiting'>
        <Text className='salon-position' data-testid='ticket-position'>候补第 {ticket.position} 位</Text>
        <Text className='card__desc'>有人取消时按顺序递补，我们会通知您在保留时间内确认。您可以随时退出候补。</Text>
        <EndRegistration ticket={ticket} label='退出候补' onChanged={onChanged} />
      </View>
    )
  }
  if (ticket.status !== 'confirmed') return null
  return (
    <View className='card'>
      <View className='btn-group'>
        <Button className='btn btn--secondary' data-testid='ticket-calendar' onClick={() => addToCalendar(ticket, session)}>
          添加到手机日历
        </Button>
        {session.place && (
          <Button
            className='btn btn--secondary'
            data-testid='ticket-location'
            onClick={() => {
              const place = session.place
              if (place) void Taro.openLocation({ latitude: place.latitude, longitude: place.longitude, name: place.name, address: place.address, scale: 16 })
            }}
          >
            查看地图与导航
          </Button>
        )}
      </View>
      {!ticket.checkedInAt && !started && <EndRegistration ticket={ticket} label='取消报名' onChanged={onChanged} />}
      {ticket.checkedInAt && started && !ticket.feedback && (
        <View className='salon-feedback' data-testid='ticket-feedback'>
          <Text className='card__title'>活动评价</Text>
          <View className='salon-stars'>
            {[1, 2, 3, 4, 5].map((n) => (
              <Text key={n} className={classNames('salon-star', n <= rating && 'salon-star--on')} data-testid={`ticket-star-${n}`} onClick={() => setRating(n)}>
                {n} 分
              </Text>
            ))}
          </View>
          <View className='form-field__control form-field__control--textarea'>
            <Textarea className='form-field__textarea' maxlength={-1} placeholder='意见建议（选填）' value={comment} onInput={(e) => setComment(e.detail.value)} />
          </View>
          <Button className='btn btn--primary' data-testid='ticket-feedback-submit' disabled={busy || rating === 0} onClick={() => void rate()}>
            提交评价
          </Button>
        </View>
      )}
      {ticket.feedback && <Text className='card__desc'>您的评价：{ticket.feedback.rating} 分{ticket.feedback.comment ? `，${ticket.feedback.comment}` : ''}</Text>}
    </View>
  )
}
