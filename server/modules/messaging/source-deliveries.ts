import type { DeliveryStats } from '../../../types/messaging/schemas'
import type { DocumentStore } from '../../ports/document-store'
import { outboxOf, release } from './dispatcher/outbox-transitions'
import { markSourceWithdrawn } from './message-center'

/**
 * Stops what has not been sent for a source (e.g. a withdrawn alert): every row still `pending`,
 * and every row a dispatcher holds but has not yet marked send_started, becomes `cancelled` — each
 * by a per-row conditional update, so it cannot race a claim or a send_started mark: whichever
 * lands first wins, and a row already marked send_started is the only kind that can still go out.
 * Message-center entries of the source are flagged withdrawn (entries written by a dispatcher in
 * the same instant are flagged by the dispatcher itself when it finds its row cancelled).
 * Not returned: a quota unit reserved by a row that had failed transiently before and was waiting
 * for its retry (rare; the ledger errs low, never high).
 */
export async function cancelSourceDeliveries(store: DocumentStore, sourceKind: string, sourceId: string, now: Date) {
  const cancelled = await outboxOf(store).updateMany(
    { sourceKind, sourceId, status: { $in: ['pending', 'sending'] } },
    release('cancelled', now, { lastError: 'source withdrawn' }),
  )
  const withdrawnMessages = await markSourceWithdrawn(store, sourceKind, sourceId)
  return { cancelled, withdrawnMessages }
}

/** Counts per outcome for one source, from indexed counts (no rows are loaded). */
export async function deliveryStatsForSource(store: DocumentStore, sourceId: string): Promise<DeliveryStats> {
  const outbox = outboxOf(store)
  const count = (status?: string[]) => outbox.count(status ? { sourceId, status: { $in: status } } : { sourceId })
  const [planned, pending, sent, skippedNoQuota, refused, failed, uncertain, cancelled] = await Promise.all([
    count(),
    count(['pending', 'sending', 'send_started']),
    count(['sent']),
    count(['skipped_no_quota']),
    count(['skipped_refused']),
    count(['failed', 'dead']),
    count(['uncertain']),
    count(['cancelled']),
  ])
  return { planned, pending, sent, skippedNoQuota, refused, failed, uncertain, cancelled }
}
