import type { PeriodRange } from '../../../../types/workbench/period'
import type { DocumentStore } from '../../../ports/document-store'
import { ALERT_SOURCE_KIND } from '../../alerts/alert-push'
import { ALERT_READS, type AlertReadRecord } from '../../alerts/records'
import { NOTIFICATION_OUTBOX, type OutboxRecord } from '../../messaging/records'

/**
 * Alert pushes planned in the period (outbox rows), those WeChat accepted (`sent`), and alert
 * reads in the period: three indexed counts.
 */
export async function alertReach(store: DocumentStore, range: PeriodRange) {
  const outbox = store.collection<OutboxRecord>(NOTIFICATION_OUTBOX)
  const planned = { sourceKind: ALERT_SOURCE_KIND, createdAt: { $gte: range.from, $lt: range.to } }
  const [plannedCount, delivered, read] = await Promise.all([
    outbox.count(planned),
    outbox.count({ ...planned, status: 'sent' }),
    store.collection<AlertReadRecord>(ALERT_READS).count({ readAt: { $gte: range.from, $lt: range.to } }),
  ])
  return { planned: plannedCount, delivered, read }
}
