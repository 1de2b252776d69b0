import type { OutboxStatus } from '../../../../types/messaging/schemas'
import type { Collection, DocumentStore, Filter, Update } from '../../../ports/document-store'
import { NOTIFICATION_OUTBOX, type OutboxRecord } from '../records'

/**
 * The outbox state machine's writes. Every transition is ONE conditional update of one row (or a
 * per-row-conditional updateMany), so concurrent dispatchers, lease recovery and withdrawal can
 * race freely: exactly one writer wins each transition and the losers see `false` and back off.
 *
 *   pending ──claim──▶ sending ──markSendStarted──▶ send_started ──result──▶ sent | skipped_refused | failed
 *      ▲                 │  │                          │                     | pending (retry) | dead | uncertain
 *      │   lease expired │  └─▶ skipped_no_quota       └─ lease expired ─▶ uncertain (never re-sent)
 *      └─────────────────┘      cancelled (withdrawal, from pending or sending)
 */
export function outboxOf(store: DocumentStore): Collection<OutboxRecord> {
  return store.collection<OutboxRecord>(NOTIFICATION_OUTBOX)
}

/** Due rows, oldest first. Only a hint: the claim below decides who gets them. */
export function findDue(outbox: Collection<OutboxRecord>, now: Date, limit: number): Promise<OutboxRecord[]> {
  return outbox.find({ status: 'pending', notBefore: { $lte: now.toISOString() } }, { orderBy: [['notBefore', 'asc']], limit })
}

/**
 * Claims rows for run `owner`: pending (and due) → sending, with a lease and attempts + 1. Each
 * claim is ONE conditional update of one row, so of two dispatchers claiming the same row exactly
 * one wins; the claims of a batch run concurrently (on CloudBase they are independent requests,
 * on SQLite primary-key lookups, so a batch costs the same however large the outbox grows).
 * The won rows are read back in one call: what another run wrote before our claim (a reserved
 * quota unit, the attempt count) must be seen as it is now, not as `findDue` saw it.
 */
export async function claim(
  outbox: Collection<OutboxRecord>,
  ids: readonly string[],
  owner: string,
  now: Date,
  leaseMs: number,
): Promise<OutboxRecord[]> {
  const at = now.toISOString()
  const leaseUntil = new Date(now.getTime() + leaseMs).toISOString()
  const won = await Promise.all(
    ids.map((id) =>
      outbox.updateOne(
        id,
        { $set: { status: 'sending', leaseOwner: owner, leaseUntil, updatedAt: at }, $inc: { attempts: 1 } },
        { status: 'pending', notBefore: { $lte: at } },
      ),
    ),
  )
  const claimedIds = ids.filter((_, i) => won[i])
  if (claimedIds.length === 0) return []
  const rows = await outbox.getByIds(claimedIds)
  return rows.filter((row) => row.leaseOwner === owner && row.status === 'sending')
}

/** The condition every write by the lease holder carries: it still owns the row in `from`. */
function held(owner: string, from: readonly OutboxStatus[], extra: Filter = {}): Filter {
  return { leaseOwner: owner, status: { $in: [...from] }, ...extra }
}

/**
 * THE at-most-once boundary for the push. Only a row this run still holds in `sending`, with an
 * unexpired lease, may be marked send_started — and only then is WeChat called. Once marked, a
 * lost lease can never lead to a second send: recovery turns an expired send_started row into
 * `uncertain`, not `pending`. If this returns false (lease expired and the row was recovered,
 * or it was cancelled by a withdrawal) the caller must not send.
 */
export function markSendStarted(outbox: Collection<OutboxRecord>, id: string, owner: string, now: Date, quotaConsumed: boolean) {
  const at = now.toISOString()
  return outbox.updateOne(
    id,
    { $set: { status: 'send_started', quotaConsumed, updatedAt: at } },
    held(owner, ['sending'], { leaseUntil: { $gt: at } }),
  )
}

/** Ends a held row that never reached WeChat (no quota, no template, bad payload, dead before sending). */
export function finishUnsent(outbox: Collection<OutboxRecord>, id: string, owner: string, status: OutboxStatus, now: Date, set: Partial<OutboxRecord>) {
  return outbox.updateOne(id, release(status, now, set), held(owner, ['sending']))
}

/**
 * Records what WeChat answered. Accepted from `send_started` and also from `uncertain`: if recovery
 * gave up on a slow send that then completes, the real answer replaces the guess.
 */
export function recordSendResult(outbox: Collection<OutboxRecord>, id: string, owner: string, update: Update) {
  return outbox.updateOne(id, update, held(owner, ['send_started', 'uncertain']))
}

/**
 * Gives a held, unsent row back (rate-limit pause, time budget spent): the claim did not count as
 * an attempt, and a reserved quota unit stays reserved on the row.
 */
export function giveBack(outbox: Collection<OutboxRecord>, id: string, owner: string, now: Date, notBefore?: Date) {
  const update = release('pending', now, notBefore ? { notBefore: notBefore.toISOString() } : {})
  return outbox.updateOne(id, { ...update, $inc: { attempts: -1 } }, held(owner, ['sending']))
}

/** A status change that also drops the lease. */
export function release(status: OutboxStatus, now: Date, set: Record<string, unknown> = {}): Update {
  return { $set: { status, leaseOwner: null, leaseUntil: null, updatedAt: now.toISOString(), ...set } }
}
