import type { DocumentStore, Filter } from '../../ports/document-store'
import { outboxOf, release } from './dispatcher/outbox-transitions'

/**
 * Scheduled notifications (reminders with a future notBefore) whose reason can go away: a report
 * closes, its assignee changes. Unlike a withdrawal (cancelSourceDeliveries) nothing already
 * delivered is touched — a reminder someone has read stays in their message center.
 * Each row changes by a per-row conditional update, so a cancel cannot race a claim or a send:
 * a row the dispatcher already marked send_started is never cancelled.
 */
export async function cancelScheduledDeliveries(
  store: DocumentStore,
  source: { kind: string; id: string },
  now: Date,
  options: { keepRecipients?: readonly string[] } = {},
): Promise<number> {
  const filter: Filter = { sourceKind: source.kind, sourceId: source.id, status: { $in: ['pending', 'sending'] } }
  if (options.keepRecipients && options.keepRecipients.length > 0) filter.recipientUserId = { $nin: [...options.keepRecipients] }
  return outboxOf(store).updateMany(filter, release('cancelled', now, { lastError: 'no longer needed' }))
}

/**
 * Puts cancelled reminders of these recipients that are still in the future back to pending (a
 * report reopened, or handed back to an earlier assignee). Rows whose time has passed stay cancelled.
 */
export async function restoreScheduledDeliveries(
  store: DocumentStore,
  source: { kind: string; id: string },
  recipients: readonly string[],
  now: Date,
): Promise<number> {
  if (recipients.length === 0) return 0
  const at = now.toISOString()
  return outboxOf(store).updateMany(
    { sourceKind: source.kind, sourceId: source.id, status: 'cancelled', recipientUserId: { $in: [...recipients] }, notBefore: { $gt: at } },
    release('pending', now, { lastError: null }),
  )
}
