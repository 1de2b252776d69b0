import type { TemplateKey } from '../../../types/messaging/schemas'

/**
 * THE table of when a WeChat push may go. The message center always gets the notice at once; only
 * the push of a notice marked `quiet` waits for the end of quiet hours (22:00–08:00 Shanghai).
 * `now` pushes go at any hour. Producers never decide this themselves: they name the template,
 * what kind of notice it is and the urgency of the case (or alert), and read the answer here.
 *
 * | template               | notice     | 一般 (提示/注意预警) | 紧急 (紧急预警) | 特急 |
 * |------------------------|------------|----------------------|-----------------|------|
 * | report_status_changed  | progress   | quiet                | now             | now  |
 * | report_status_changed  | escalation | now                  | now             | now  |
 * | report_status_changed  | reminder   | quiet                | quiet           | quiet|
 * | application_reviewed   | decision   | quiet                | –               | –    |
 * | alert_published        | alert      | quiet                | now             | –    |
 * | consultation_booked    | confirmation | now                | –               | –    |
 * | consultation_reminder  | day_before | quiet                | –               | –    |
 * | consultation_reminder  | hour_before| now                  | –               | –    |
 * | consultation_changed   | change     | now                  | –               | –    |
 * | salon_status_changed   | status     | quiet                | now             | now  |
 * | salon_status_changed   | seat_offered | now                | now             | now  |
 * | salon_reminder         | reminder   | quiet                | quiet           | quiet|
 *
 * progress: any change the case's parties act on — status changes, guidance, messages, requests for
 * information, resolution — treated alike, so a reply never waits while a status change does not.
 * escalation: staff must act (SLA breach, urgent intake, nobody matched). reminder: courtesy only.
 */
export type PushTiming = 'now' | 'quiet'

/** Case urgency (reports) or alert severity mapped onto one scale. */
export type NoticeUrgency = 'normal' | 'urgent' | 'critical'

export const PUSH_TIMING_TABLE = {
  report_status_changed: {
    progress: { normal: 'quiet', urgent: 'now', critical: 'now' },
    escalation: { normal: 'now', urgent: 'now', critical: 'now' },
    reminder: { normal: 'quiet', urgent: 'quiet', critical: 'quiet' },
  },
  application_reviewed: {
    decision: { normal: 'quiet', urgent: 'quiet', critical: 'quiet' },
  },
  alert_published: {
    alert: { normal: 'quiet', urgent: 'now', critical: 'now' },
  },
  // Consultations (booking-notices.ts, which still sets `urgent` itself, in step with this table):
  // a booking and its changes go at once, the day-before reminder waits, the hour-before does not.
  consultation_booked: {
    confirmation: { normal: 'now', urgent: 'now', critical: 'now' },
  },
  consultation_reminder: {
    day_before: { normal: 'quiet', urgent: 'quiet', critical: 'quiet' },
    hour_before: { normal: 'now', urgent: 'now', critical: 'now' },
  },
  consultation_changed: {
    change: { normal: 'now', urgent: 'now', critical: 'now' },
  },
  // Salons (salon-notices.ts, which still sets `urgent` itself): an offered seat or a cancelled
  // session goes at once; other status news and reminders wait.
  salon_status_changed: {
    status: { normal: 'quiet', urgent: 'now', critical: 'now' },
    seat_offered: { normal: 'now', urgent: 'now', critical: 'now' },
  },
  salon_reminder: {
    reminder: { normal: 'quiet', urgent: 'quiet', critical: 'quiet' },
  },
} as const satisfies Record<TemplateKey, Record<string, Record<NoticeUrgency, PushTiming>>>

export type NoticeKind<K extends TemplateKey> = keyof (typeof PUSH_TIMING_TABLE)[K]

/** True when the push may go during quiet hours (the outbox row's `urgent`). */
export function pushesAtOnce<K extends TemplateKey>(template: K, notice: NoticeKind<K>, urgency: NoticeUrgency): boolean {
  const byUrgency = PUSH_TIMING_TABLE[template][notice] as Record<NoticeUrgency, PushTiming>
  return byUrgency[urgency] === 'now'
}

/** Alert severities on the notice scale: only 紧急预警 (urgent) reaches people at night. */
export function alertUrgency(severity: 'info' | 'warning' | 'urgent' | null | undefined): NoticeUrgency {
  return severity === 'urgent' ? 'urgent' : 'normal'
}
