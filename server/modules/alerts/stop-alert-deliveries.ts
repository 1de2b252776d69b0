import type { DocumentStore } from '../../ports/document-store'
import { cancelSourceDeliveries } from '../messaging/source-deliveries'
import { ALERT_SOURCE_KIND } from './alert-push'
import { dispatchRepository } from './dispatch-repository'

/**
 * After an alert is withdrawn: cancels every notification of it that has not started sending
 * (see cancelSourceDeliveries for why this cannot race a send) and flags its message-center
 * entries. Safe to call any number of times; call it right after the withdrawal commits — the
 * alerts timer also calls it for every withdrawn alert not yet stopped, so nothing depends on that.
 */
export async function stopAlertDeliveries(store: DocumentStore, contentId: string, now: Date) {
  const result = await cancelSourceDeliveries(store, ALERT_SOURCE_KIND, contentId, now)
  // Only a record still withdrawn is marked done: a re-publication meanwhile must not be.
  await dispatchRepository(store).collection.updateOne(
    contentId,
    { $set: { deliveriesStoppedAt: now.toISOString() } },
    { state: 'withdrawn', deliveriesStoppedAt: null },
  )
  return result
}
