import type { TemplateKey } from '../../../types/messaging/schemas'

/**
 * THE table of when a WeChat push may go. The message center always gets the notice at once; only
 * the push of a notice marked `quiet` waits for the end of quiet hours (22:00–08:00 Shanghai).
 * `now` pushes go at any hour. Producers never decide this themselves: a notification request names
 * the template, what kind of notice it is and the urgency of the case (or alert), and
 * `newOutboxRecord` reads the answer here — `NotificationRequest` has no urgency flag of its own.
 *
 * | template               | notice            | 一般 (提示/注意预警) | 紧急 (紧急预警) | 特急 |
 * |------------------------|-------------------|----------------------|-----------------|------|
 * | report_status_changed  | progress          | quiet                | now             | now  |
 * | report_status_changed  | escalation        | now                  | now             | now  |
 * | report_status_changed  | reminder          | quiet                | quiet           | quiet|
 * | report_status_changed  | deadline_ahead    | quiet                | quiet           | quiet|
 * | report_status_changed  | deadline_close    | now                  | now             | now  |
 * | application_reviewed   | decision          | quiet                | –               | –    |
 * | application_reviewed   | proof_request     | quiet                | –               | –    |
 * | application_reviewed   | enterprise_edited | quiet                | –               | –    |
 * | application_reviewed   | membership_alert  | now                  | –               | –    |
 * | alert_published        | alert             | quiet                | now             | –    |
 * | alert_published        | publication_blocked | quiet              | now             | –    |
 * | consultation_booked    | confirmation      | now                  | –               | –    |
 * | consultation_reminder  | day_before        | quiet                | –               | –    |
 * | consultation_reminder  | hour_before       | now                  | –               | –    |
 * | consultation_changed   | change            | now                  | –               | –    |
 * | salon_status_changed   | status            | quiet                | –               | –    |
 * | salon_status_changed   | seat_offered      | now                  | –               | –    |
 * | salon_status_changed   | session_changed   | now                  | –               | –    |
 * | salon_status_changed   | session_cancelled | now                  | –               | –    |
 * | salon_reminder         | reminder          | quiet                | –               | –    |
 *
 * progress: any change the case's parties act on — status changes, guidance, messages, requests for
 * information, resolution — treated alike, so a reply never waits while a status change does not.
 * escalation: staff must act (SLA breach, urgent intake, nobody matched). reminder: courtesy only.
 * deadline_ahead / deadline_close: legal-deadline reminders 14 and 7 days / 3 and 1 days before.
 * publication_blocked: to staff, a scheduled alert the timer may not publish (its link's domain left
 * the allow-list) — as pressing as the alert itself would have been.
 * membership_alert: someone asks to join, objects to, or joined an enterprise — a takeover
 * attempt must not wait. hour_before: quiet hours must not push it past the start. Notices with no
 * case urgency (consultations, salons, enterprise registration) use the 一般 column; the other
 * columns repeat it so the table stays total.
 */
export type PushTiming = 'now' | 'quiet'

/** Case urgency (reports) or alert severity mapped onto one scale. */
export type NoticeUrgency = 'normal' | 'urgent' | 'critical'

const always = (timing: PushTiming) => ({ normal: timing, urgent: timing, critical: timing }) as const

export const PUSH_TIMING_TABLE = {
  report_status_changed: {
    progress: { normal: 'quiet', urgent: 'now', critical: 'now' },
    escalation: always('now'),
    reminder: always('quiet'),
    deadline_ahead: always('quiet'),
    deadline_close: always('now'),
  },
  application_reviewed: {
    decision: always('quiet'),
    proof_request: always('quiet'),
    enterprise_edited: always('quiet'),
    membership_alert: always('now'),
  },
  alert_published: {
    alert: { normal: 'quiet', urgent: 'now', critical: 'now' },
    publication_blocked: { normal: 'quiet', urgent: 'now', critical: 'now' },
  },
  consultation_booked: {
    confirmation: always('now'),
  },
  consultation_reminder: {
    day_before: always('quiet'),
    hour_before: always('now'),
  },
  consultation_changed: {
    change: always('now'),
  },
  salon_status_changed: {
    status: always('quiet'),
    seat_offered: always('now'),
    session_changed: always('now'),
    session_cancelled: always('now'),
  },
  salon_reminder: {
    reminder: always('quiet'),
  },
} as const satisfies Record<TemplateKey, Record<string, Record<NoticeUrgency, PushTiming>>>

/** The notice kinds of a template; for a union of templates, the kinds of any of them. */
export type NoticeKind<K extends TemplateKey> = K extends TemplateKey ? keyof (typeof PUSH_TIMING_TABLE)[K] & string : never

/** True when the push may go during quiet hours (the outbox row's `urgent`). Unknown rows are a programming error. */
export function pushesAtOnce<K extends TemplateKey>(template: K, notice: NoticeKind<K>, urgency: NoticeUrgency = 'normal'): boolean {
  const rows = PUSH_TIMING_TABLE[template] as Record<string, Record<NoticeUrgency, PushTiming> | undefined>
  const byUrgency = Object.prototype.hasOwnProperty.call(rows, notice) ? rows[notice] : undefined
  if (!byUrgency) throw new RangeError(`push-timing table has no row ${template} × ${String(notice)}`)
  return byUrgency[urgency] === 'now'
}

/** Alert severities on the notice scale: only 紧急预警 (urgent) reaches people at night. */
export function alertUrgency(severity: 'info' | 'warning' | 'urgent' | null | undefined): NoticeUrgency {
  return severity === 'urgent' ? 'urgent' : 'normal'
}
