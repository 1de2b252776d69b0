import type { DocumentStore } from '../../ports/document-store'
import { enqueueNotification } from '../messaging/enqueue-notification'
import type { NoticeKind } from '../messaging/push-timing'
import { cancelSourceDeliveries } from '../messaging/source-deliveries'
import type { RegistrationRecord, SessionRecord } from './records'

export const TICKET_PAGE = 'packages/salons/ticket/index'
const REMINDER_SOURCE = 'salon_reminder'

export interface RegistrantNotice {
  /** Unique per occurrence: the same event notifies a registration once, however often replayed. */
  event: string
  /** ≤ 5 Chinese characters (the template's phrase field). */
  statusLabel: string
  title: string
  summary: string
  at: Date
  /** Delivered from this instant on (default: now). */
  notBefore?: Date
  /** Row of the push-timing table (messaging/push-timing.ts); default `status`. */
  kind?: NoticeKind<'salon_status_changed'>
}

/** One outbox row for the registrant (the dispatcher delivers); never calls WeChat. */
export async function notifyRegistrant(store: DocumentStore, reg: RegistrationRecord, session: SessionRecord, notice: RegistrantNotice) {
  await enqueueNotification(
    store,
    {
      recipientUserId: reg.userId,
      templateKey: 'salon_status_changed',
      payload: {
        registrationId: reg._id,
        sessionTitle: session.title,
        statusLabel: notice.statusLabel,
        note: notice.summary.slice(0, 20),
        startsAt: session.startsAt,
      },
      dedupeKey: `salon.${reg._id}.${notice.event}`,
      notBefore: notice.notBefore,
      notice: notice.kind ?? 'status',
      inbox: { title: notice.title, summary: notice.summary.slice(0, 120), page: `${TICKET_PAGE}?id=${reg._id}` },
      source: { kind: 'salon', id: reg._id },
    },
    { now: notice.at },
  )
}

const REMINDERS = [
  { kind: 'day', beforeMs: 24 * 3600_000, label: '明天' },
  { kind: 'hour', beforeMs: 3600_000, label: '1 小时后' },
] as const

/**
 * The day-before and hour-before reminders, written now as outbox rows due at their instant (the
 * dispatcher's timer sends them when due). Keyed by the start instant, so a rescheduled session
 * gets fresh reminders after `cancelReminders` stopped the old ones.
 */
export async function scheduleReminders(store: DocumentStore, reg: RegistrationRecord, session: SessionRecord, now: Date) {
  const startsAt = new Date(session.startsAt)
  for (const reminder of REMINDERS) {
    const due = new Date(startsAt.getTime() - reminder.beforeMs)
    if (due.getTime() <= now.getTime()) continue
    await enqueueNotification(
      store,
      {
        recipientUserId: reg.userId,
        templateKey: 'salon_reminder',
        notice: 'reminder',
        payload: {
          registrationId: reg._id,
          sessionTitle: session.title,
          startsAt: session.startsAt,
          placeName: session.place?.name ?? '',
          attendeeName: reg.attendeeName,
        },
        dedupeKey: `salon.reminder.${reg._id}.${reminder.kind}.${startsAt.getTime()}`,
        notBefore: due,
        inbox: {
          title: `活动提醒：${session.title}`,
          summary: `${reg.attendeeName}报名的活动${reminder.label}开始${session.place ? `，地点：${session.place.name}` : ''}。请携带电子票签到。`,
          page: `${TICKET_PAGE}?id=${reg._id}`,
        },
        source: { kind: REMINDER_SOURCE, id: reg._id },
      },
      { now },
    )
  }
}

/** Stops reminders not yet sent (cancellation, void, reschedule). */
export async function cancelReminders(store: DocumentStore, registrationId: string, now: Date) {
  await cancelSourceDeliveries(store, REMINDER_SOURCE, registrationId, now)
}
