import type { PeriodRange } from '../../../../types/workbench/period'
import type { DocumentStore } from '../../../ports/document-store'
import { ALERT_SOURCE_KIND } from '../../alerts/alert-source-kind'
import { ALERT_DISPATCHES, ALERT_READS, type AlertDispatchRecord, type AlertReadRecord } from '../../alerts/records'
import { NOTIFICATION_OUTBOX, type OutboxRecord } from '../../messaging/records'

/**
 * Alert reach in the period, without a new index on the (hot, large) outbox:
 *  - planned: pushes planned for alerts published in the period (their dispatch records' totals);
 *  - delivered: alert pushes WeChat accepted in the period (outbox rows `sent`, on the existing
 *    status + updatedAt index — a sent row is not updated again);
 *  - read: alert reads in the period.
 */
export async function alertReach(store: DocumentStore, range: PeriodRange) {
  const within = { $gte: range.from, $lt: range.to }
  const [planned, delivered, read] = await Promise.all([
    store.collection<AlertDispatchRecord>(ALERT_DISPATCHES).group({ publishedAt: within }, { by: null, sum: ['planned'] }),
    store.collection<OutboxRecord>(NOTIFICATION_OUTBOX).count({ status: 'sent', updatedAt: within, sourceKind: ALERT_SOURCE_KIND }),
    store.collection<AlertReadRecord>(ALERT_READS).count({ readAt: within }),
  ])
  return { planned: planned[0]?.sums.planned ?? 0, delivered, read }
}
