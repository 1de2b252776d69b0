import { REPORT_STATUS_LABELS } from '../../../types/reports/schemas'
import type { DocumentStore } from '../../ports/document-store'
import { enqueueNotification } from '../messaging/enqueue-notification'
import type { ReportRecord } from './records'

export interface ReportNotice {
  /** Unique per event: the same event notifies each person once, however often it is replayed. */
  eventKey: string
  recipients: readonly (string | null | undefined)[]
  /** Left out of the recipients: nobody is notified of their own action. */
  actorUserId: string | null
  title: string
  summary: string
  at: Date
  /** Row of the push-timing table (messaging/push-timing.ts); default `progress`. */
  kind?: 'progress' | 'escalation' | 'reminder'
}

/** Writes one outbox row per person concerned (the dispatcher delivers), never calls WeChat. */
export async function notifyParties(store: DocumentStore, report: ReportRecord, notice: ReportNotice): Promise<void> {
  const recipients = [...new Set(notice.recipients.filter((u): u is string => typeof u === 'string' && u !== notice.actorUserId))]
  const page = `packages/reports/detail/index?id=${report._id}`
  for (const recipientUserId of recipients) {
    await enqueueNotification(
      store,
      {
        recipientUserId,
        templateKey: 'report_status_changed',
        payload: {
          reportId: report._id,
          reportNumber: report.number,
          statusLabel: REPORT_STATUS_LABELS[report.status],
          title: notice.title,
          changedAt: notice.at.toISOString(),
        },
        dedupeKey: `report.${notice.eventKey}.${recipientUserId}`,
        notice: notice.kind ?? 'progress',
        urgency: report.urgency,
        inbox: { title: notice.title, summary: notice.summary.slice(0, 120), page },
        source: { kind: 'report', id: report._id },
      },
      { now: notice.at },
    )
  }
}
