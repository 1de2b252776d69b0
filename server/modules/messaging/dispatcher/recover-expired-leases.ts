import type { Collection } from '../../../ports/document-store'
import type { OutboxRecord } from '../records'
import { release } from './outbox-transitions'

/**
 * Lease recovery after a dispatcher died (or ran past its lease). Enforced here, per row, with
 * conditional bulk updates:
 *  - `sending` with an expired lease: the run died before marking send_started, so WeChat was never
 *    called for this attempt → back to `pending` and retried (no loss). The message-center entry it
 *    may already have written is keyed by the dedupe key, so the retry cannot duplicate it.
 *  - `send_started` with an expired lease: the run may have died after WeChat accepted the message,
 *    and a send is not idempotent → `uncertain`, never re-sent (at most once for the push; the
 *    message center already has the entry). Staff see these rows.
 * A live but slow owner loses the row: its later conditional writes fail and it backs off.
 */
export async function recoverExpiredLeases(outbox: Collection<OutboxRecord>, now: Date) {
  const at = now.toISOString()
  const retried = await outbox.updateMany({ status: 'sending', leaseUntil: { $lt: at } }, release('pending', now))
  // The owner is kept so that a slow run which does hear back can still record the real answer.
  const uncertain = await outbox.updateMany(
    { status: 'send_started', leaseUntil: { $lt: at } },
    { $set: { status: 'uncertain', leaseUntil: null, updatedAt: at, lastError: 'lease expired after the send started: not re-sent' } },
  )
  return { retried, uncertain }
}
