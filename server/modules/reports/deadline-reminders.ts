import { dayjs, SHANGHAI } from '../../../types/time'
import type { DocumentStore } from '../../ports/document-store'
import { enqueueNotifications, type NotificationRequest } from '../messaging/enqueue-notification'
import { cancelScheduledDeliveries, restoreScheduledDeliveries } from '../messaging/scheduled-deliveries'
import { addDays } from '../../../types/deadlines/period-arithmetic'
import type { ReportRecord } from './records'

/** Reminders go out this many calendar days before the last day, at 09:00 Shanghai time. */
export const REMINDER_DAYS = [14, 7, 3, 1] as const
export const DEADLINE_REMINDER_SOURCE = 'report_deadline'
const REMINDER_TIME = '09:00'
const CLOSED = new Set(['resolved', 'closed', 'withdrawn'])

/**
 * Keeps a report's deadline reminders in step with it; call after every change of status or
 * assignee. Reminders are outbox rows with a future notBefore, one per margin and person (the
 * liaison who reported and the current assignee), keyed by report, margin and person so a repeat
 * call adds nothing. A closed report has its pending reminders cancelled; a reassignment cancels
 * the former assignee's and schedules the new one's; a reopened report gets its future ones back.
 * Known limit: two transitions applied back to back whose syncs interleave can leave a former
 * assignee's pending reminder in place until the next change of the report (rare; harmless text).
 */
export async function syncDeadlineReminders(store: DocumentStore, report: ReportRecord, now: Date): Promise<void> {
  const source = { kind: DEADLINE_REMINDER_SOURCE, id: report._id }
  const deadline = report.legalDeadline
  if (!deadline?.lastDay || CLOSED.has(report.status)) {
    await cancelScheduledDeliveries(store, source, now)
    return
  }
  const recipients = [...new Set([report.submittedBy, report.assignee?.userId].filter((u): u is string => typeof u === 'string'))]
  await cancelScheduledDeliveries(store, source, now, { keepRecipients: recipients })
  await restoreScheduledDeliveries(store, source, recipients, now)

  const page = `packages/reports/detail/index?id=${report._id}`
  const requests: NotificationRequest[] = []
  for (const days of REMINDER_DAYS) {
    const at = dayjs.tz(`${addDays(deadline.lastDay, -days)} ${REMINDER_TIME}`, SHANGHAI).toDate()
    if (at.getTime() <= now.getTime()) continue
    const title = `法定期限提醒：还剩 ${days} 天`
    for (const recipientUserId of recipients) {
      requests.push({
        recipientUserId,
        templateKey: 'report_status_changed',
        payload: { reportId: report._id, reportNumber: report.number, statusLabel: '期限提醒', title, changedAt: at.toISOString() },
        dedupeKey: `report.${report._id}.deadline.${days}d.${recipientUserId}`,
        notBefore: at,
        notice: days <= 3 ? 'deadline_close' : 'deadline_ahead',
        inbox: {
          title,
          summary: `${report.number}：${deadline.officeName}的最后期限是 ${deadline.lastDay}（当地日期），请尽快处理`,
          page,
        },
        source,
      })
    }
  }
  if (requests.length > 0) await enqueueNotifications(store, requests, { now })
}
