import { formatShanghai } from '../../../types/time'
import type { DocumentStore } from '../../ports/document-store'
import type { SessionRecord } from './records'
import { registrations } from './registration-repository'
import { notifyRegistrant } from './salon-notices'
import { seatLedger } from './seat-ledger'
import { holdExpiryFor } from './seat-rules'

const MAX_OFFERS_PER_CALL = 50

/**
 * Gives free seats to the first in line, each as a hold. Run by whoever frees a seat or joins the
 * list (and by the timer), so a free seat and a waiting person never stay apart: of two
 * concurrent callers, at least one sees both the seat and the person.
 * Each offer is two conditional updates — take a free seat into `held`, then move the waiting
 * registration to `held`; if the second loses (the person left meanwhile) the seat goes back and
 * the next in line is tried. No step reads a value and writes it back.
 */
export async function offerFreedSeats(store: DocumentStore, session: SessionRecord, now: Date): Promise<number> {
  const ledger = seatLedger(store)
  const regs = registrations(store)
  let offered = 0
  for (let attempt = 0; attempt < MAX_OFFERS_PER_CALL; attempt++) {
    const expiresAt = holdExpiryFor(now, new Date(session.startsAt))
    if (!expiresAt || session.status !== 'published') return offered
    const seats = await ledger.get(session._id)
    if (!seats || !seats.open || seats.free < 1) return offered
    const next = await regs.firstWaiting(session._id)
    if (!next) return offered
    if (!(await ledger.claimHeld(session._id))) continue
    const at = now.toISOString()
    const held = await regs.col.updateOne(
      next._id,
      { $set: { status: 'held', holdExpiresAt: expiresAt.toISOString(), updatedAt: at } },
      { status: 'waiting' },
    )
    if (!held) {
      await ledger.releaseHeld(session._id)
      continue
    }
    offered += 1
    await notifyRegistrant(store, { ...next, status: 'held' }, session, {
      event: `offered.${expiresAt.getTime()}`,
      statusLabel: '席位待确认',
      title: `候补递补：${session.title}`,
      summary: `有席位空出，已为${next.attendeeName}保留至 ${formatShanghai(expiresAt)}，请在此之前确认，逾期将让给下一位。`,
      at: now,
      kind: 'seat_offered',
    })
  }
  return offered
}
