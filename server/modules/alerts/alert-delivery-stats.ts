import type { AlertDeliveryStats } from '../../../types/alerts/schemas'
import { notFound } from '../../core/app-error'
import type { DocumentStore } from '../../ports/document-store'
import { contentRepository } from '../content/content-repository'
import { deliveryStatsForSource } from '../messaging/source-deliveries'
import { countReaders } from './alert-reads'
import { dispatchRepository } from './dispatch-repository'
import { toAlertSchedule } from './schedule-alert'

/** Per alert for staff: the outbox counts of all its publications, readers, and its schedule. */
export async function alertDeliveryStats(store: DocumentStore, contentId: string): Promise<AlertDeliveryStats> {
  if (!(await contentRepository(store).get(contentId))) throw notFound('没有找到该内容')
  const [stats, read, dispatch] = await Promise.all([
    deliveryStatsForSource(store, contentId),
    countReaders(store, contentId),
    dispatchRepository(store).get(contentId),
  ])
  return { contentId, ...stats, read, schedule: dispatch ? toAlertSchedule(dispatch) : null }
}
