import { serviceTypeName } from '../../../types/catalog/service-types'
import { CONSULTATION_MODE_LABELS } from '../../../types/consultations/availability'
import type { TemplateKey } from '../../../types/messaging/schemas'
import { dayjs, formatShanghai, SHANGHAI } from '../../../types/time'
import type { DocumentStore } from '../../ports/document-store'
import { enqueueNotification } from '../messaging/enqueue-notification'
import { cancelSourceDeliveries } from '../messaging/source-deliveries'
import type { BookingRecord } from './records'

/** Reminders are their own source kind, so cancelling them never touches the booking's notices. */
export const REMINDER_SOURCE_KIND = 'consultation_reminder'
export const NOTICE_SOURCE_KIND = 'consultation'
export const bookingPage = (bookingId: string) => `packages/consultations/detail/index?id=${bookingId}`

function payloadOf(b: BookingRecord, extra: Record<string, string> = {}) {
  return {
    bookingId: b._id,
    providerName: b.providerName,
    enterpriseName: b.enterpriseName,
    startAt: b.startAt,
    topicLabel: serviceTypeName(b.topic),
    modeLabel: CONSULTATION_MODE_LABELS[b.mode],
    ...extra,
  }
}

/** 18:00 Shanghai on the day before the start. */
export function dayBeforeReminderAt(startAt: string): Date {
  const day = dayjs(startAt).tz(SHANGHAI).format('YYYY-MM-DD')
  return dayjs.tz(`${day} 18:00`, SHANGHAI).subtract(1, 'day').toDate()
}

/**
 * Writes this version's reminders to the outbox now, each with its `notBefore` (the day before at
 * 18:00 and one hour before), for the enterprise's liaison and the provider's account. Reminders
 * already past are skipped. The dedupe key carries the booking version, so a moved booking gets
 * fresh rows while the old ones are cancelled.
 */
export async function scheduleReminders(store: DocumentStore, b: BookingRecord, now: Date): Promise<number> {
  const start = Date.parse(b.startAt)
  const plans = (
    [
      { name: 'day_before', at: dayBeforeReminderAt(b.startAt) },
      { name: 'hour_before', at: new Date(start - 3600_000) },
    ] as const
  ).filter((p) => p.at.getTime() > now.getTime() && p.at.getTime() < start)
  let written = 0
  for (const plan of plans) {
    for (const userId of [b.liaisonUserId, b.providerUserId]) {
      const summary = `${formatShanghai(b.startAt)} 与${userId === b.liaisonUserId ? b.providerName : b.enterpriseName}的${CONSULTATION_MODE_LABELS[b.mode]}`
      const { created } = await enqueueNotification(
        store,
        {
          recipientUserId: userId,
          templateKey: 'consultation_reminder',
          payload: payloadOf(b, { note: plan.name === 'day_before' ? '明天有咨询预约，请准时参加' : '咨询将在一小时后开始' }),
          dedupeKey: `consult.${b._id}.v${b.version}.${plan.name}.${userId}`,
          notBefore: plan.at,
          notice: plan.name,
          inbox: { title: plan.name === 'day_before' ? '明天的咨询预约提醒' : '咨询即将开始', summary, page: bookingPage(b._id) },
          source: { kind: REMINDER_SOURCE_KIND, id: b._id },
        },
        { now },
      )
      if (created) written++
    }
  }
  return written
}

/** Cancels every reminder of the booking not yet being sent (cancelled or moved bookings). */
export function cancelReminders(store: DocumentStore, bookingId: string, now: Date) {
  return cancelSourceDeliveries(store, REMINDER_SOURCE_KIND, bookingId, now)
}

export interface BookingNotice {
  event: string
  templateKey: Extract<TemplateKey, 'consultation_booked' | 'consultation_changed'>
  actorUserId: string | null
  title: string
  summary: string
  statusLabel: string
  reason?: string | null
}

/** One outbox row per party other than the actor (confirmations and changes; timing per push-timing.ts). */
export async function notifyBookingParties(store: DocumentStore, b: BookingRecord, notice: BookingNotice, now: Date): Promise<void> {
  const recipients = [b.liaisonUserId, b.providerUserId].filter((u, i, all) => u !== notice.actorUserId && all.indexOf(u) === i)
  for (const userId of recipients) {
    await enqueueNotification(
      store,
      {
        recipientUserId: userId,
        templateKey: notice.templateKey,
        payload: payloadOf(b, { statusLabel: notice.statusLabel, reason: notice.reason ?? '' }),
        dedupeKey: `consult.${b._id}.${notice.event}.${userId}`,
        notice: notice.templateKey === 'consultation_booked' ? 'confirmation' : 'change',
        inbox: { title: notice.title, summary: notice.summary.slice(0, 120), page: bookingPage(b._id) },
        source: { kind: NOTICE_SOURCE_KIND, id: b._id },
      },
      { now },
    )
  }
}
