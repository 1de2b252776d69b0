import { DAY_FULL_MESSAGE, SLOT_TAKEN_MESSAGE } from '../../../types/consultations/schemas'
import { conflict, invalidState } from '../../core/app-error'
import { adjustCounter } from '../../core/bounded-counter'
import type { DocumentStore, Filter, TransactionScope } from '../../ports/document-store'
import { dayCounterIdFor, openCounterIdFor, slotClaimIdFor } from './ids'
import { refusalFor, type SlotQuery } from './slot-generation'
import { CONSULTATION_BOOKINGS, CONSULTATION_COUNTERS, CONSULTATION_SLOT_CLAIMS, type BookingRecord, type CounterRecord, type SlotClaimRecord } from './records'

/** How long a claim may stay pending: well past the consultations function's 60 s timeout. */
export const CLAIM_LEASE_MS = 5 * 60_000

/**
 * Inside the transaction that writes the booking (or moves it): true if `bookingId` still holds the
 * pending claim with this lease, which then becomes held (the booking owns the units from now on).
 * False when it was taken over after the lease ran out — then nothing may be written.
 */
export async function confirmClaimInTransaction(tx: TransactionScope, claimId: string, bookingId: string, lease: string): Promise<boolean> {
  const claim = await tx.get<SlotClaimRecord>(CONSULTATION_SLOT_CLAIMS, claimId)
  if (!claim || claim.bookingId !== bookingId || claim.leaseUntil !== lease) return false
  await tx.update(CONSULTATION_SLOT_CLAIMS, claimId, { $set: { leaseUntil: null, openTaken: false, dayTaken: false } })
  return true
}

/**
 * The atomic writes that keep "one slot, one booking", the daily cap and the open-booking limit
 * under concurrent calls. Each is ONE insert-unless-exists or ONE bounded $inc of one document,
 * so they hold on CloudBase (no cross-request locks) as on SQLite.
 */
export function slotClaims(store: DocumentStore) {
  const claims = store.collection<SlotClaimRecord>(CONSULTATION_SLOT_CLAIMS)
  const counters = store.collection<CounterRecord>(CONSULTATION_COUNTERS)

  async function bump(id: string, delta: number, max?: number): Promise<boolean> {
    // The counter document must exist for a bounded $inc to match: create it at 0 (idempotent).
    if (delta > 0) await counters.insertUnlessExists({ _id: id, count: 0 })
    return adjustCounter(counters, id, 'count', delta, delta > 0 ? { max } : { min: 0 })
  }

  /** Gives back the units a pending claim flagged; only the caller that removed or replaced it may. */
  async function returnFlagged(claim: SlotClaimRecord): Promise<void> {
    if (claim.openTaken && claim.enterpriseId) await bump(openCounterIdFor(claim.enterpriseId), -1)
    if (claim.dayTaken && claim.day) await bump(dayCounterIdFor(claim.providerKey, claim.day), -1)
  }

  /** The claim exactly as read: a compare-and-swap condition, so of racing recoverers one wins. */
  const unchanged = (c: SlotClaimRecord): Filter => ({
    bookingId: c.bookingId,
    leaseUntil: c.leaseUntil ?? null,
    openTaken: c.openTaken ?? null,
    dayTaken: c.dayTaken ?? null,
  })

  /**
   * Whether the claim no longer stands for a booking: a pending claim past its lease (the call that
   * took it crashed: the lease outlives the function's 60 s timeout), or a held claim its booking
   * left (moved, cancelled, or — for claims from before leases — never written).
   */
  async function abandoned(c: SlotClaimRecord, now: Date): Promise<boolean> {
    if (c.leaseUntil) return Date.parse(c.leaseUntil) <= now.getTime()
    const booking = await store.collection<BookingRecord>(CONSULTATION_BOOKINGS).getById(c.bookingId)
    if (!booking) return Date.parse(c.createdAt) + CLAIM_LEASE_MS <= now.getTime()
    return booking.status !== 'confirmed' || booking.claimId !== c._id
  }

  return {
    /**
     * Takes the slot for `bookingId`: `won` only for the one call whose insert created the claim,
     * or whose conditional update took over an abandoned one. Never read-then-write: the insert or
     * the compare-and-swap decides. `heldBySameBooking` tells a concurrent retry of the same request
     * (same booking id) from a different booking. `holder` names the units the caller will take.
     */
    async claim(providerKey: string, startAt: string, bookingId: string, now: Date, holder: { enterpriseId: string | null; day: string }) {
      const claimId = slotClaimIdFor(providerKey, startAt)
      const fresh: SlotClaimRecord = {
        _id: claimId,
        bookingId,
        providerKey,
        startAt,
        createdAt: now.toISOString(),
        leaseUntil: new Date(now.getTime() + CLAIM_LEASE_MS).toISOString(),
        enterpriseId: holder.enterpriseId,
        day: holder.day,
        openTaken: false,
        dayTaken: false,
      }
      const { _id: _ignored, ...fields } = fresh
      for (let attempt = 0; attempt < 2; attempt++) {
        if (await claims.insertUnlessExists(fresh)) return { claimId, lease: fresh.leaseUntil ?? '', won: true, heldBySameBooking: true }
        const current = await claims.getById(claimId)
        if (!current) continue // released between our insert and read: try the insert once more
        if (current.bookingId === bookingId) return { claimId, lease: '', won: false, heldBySameBooking: true }
        if (!(await abandoned(current, now))) break
        if (!(await claims.updateOne(claimId, { $set: fields }, unchanged(current)))) break
        await returnFlagged(current)
        return { claimId, lease: fresh.leaseUntil ?? '', won: true, heldBySameBooking: true }
      }
      return { claimId, lease: '', won: false, heldBySameBooking: false }
    },
    /**
     * Records on the pending claim that a unit was taken for it. False when the claim was taken
     * over meanwhile: the caller gives the unit back itself (the taker only returns flagged ones).
     */
    flag: (claimId: string, bookingId: string, lease: string, unit: 'openTaken' | 'dayTaken') =>
      claims.updateOne(claimId, { $set: { [unit]: true } }, { bookingId, leaseUntil: lease }),
    /** Removes every pending claim past its lease and gives its flagged units back (the timer). */
    async sweepAbandoned(now: Date): Promise<number> {
      const expired = await claims.find({ leaseUntil: { $lte: now.toISOString() } }, { orderBy: [['leaseUntil', 'asc']], limit: 500 })
      let swept = 0
      for (const c of expired) {
        if (!c.leaseUntil || Date.parse(c.leaseUntil) > now.getTime()) continue
        if (!(await claims.deleteOne(c._id, unchanged(c)))) continue
        await returnFlagged(c)
        swept++
      }
      return swept
    },
    /** The slot is left by a call that gives back its units itself: remove its pending claim, lease and all. */
    abandon: (claimId: string, bookingId: string, lease: string) => claims.deleteOne(claimId, { bookingId, leaseUntil: lease }),
    /** Frees the slot, only if this booking still holds it. */
    release: (claimId: string, bookingId: string) => claims.deleteOne(claimId, { bookingId }),
    isTaken: async (providerKey: string, startAt: string) => (await claims.getById(slotClaimIdFor(providerKey, startAt))) !== null,
    takeDay: (providerKey: string, day: string, cap: number) => bump(dayCounterIdFor(providerKey, day), 1, cap),
    returnDay: (providerKey: string, day: string) => bump(dayCounterIdFor(providerKey, day), -1),
    takeOpen: (enterpriseId: string, limit: number) => bump(openCounterIdFor(enterpriseId), 1, limit),
    returnOpen: (enterpriseId: string) => bump(openCounterIdFor(enterpriseId), -1),
    /** Gives the booking's open place back, once: only the call that clears the flag decrements. */
    async releaseOpenPlace(booking: Pick<BookingRecord, '_id' | 'enterpriseId'>): Promise<boolean> {
      const cleared = await store
        .collection<BookingRecord>(CONSULTATION_BOOKINGS)
        .updateOne(booking._id, { $set: { holdsOpenPlace: false } }, { holdsOpenPlace: true })
      if (cleared) await bump(openCounterIdFor(booking.enterpriseId), -1)
      return cleared
    },
  }
}

/** The refusal for a start that is not a free slot: taken, day full, or not offered. */
export async function refuseSlot(store: DocumentStore, query: SlotQuery, providerKey: string, startAt: string): Promise<never> {
  if (await slotClaims(store).isTaken(providerKey, startAt)) throw conflict(SLOT_TAKEN_MESSAGE)
  if (refusalFor(query, startAt) === 'day_full') throw conflict(DAY_FULL_MESSAGE)
  throw invalidState('该时段不在可预约范围内，请重新选择')
}
