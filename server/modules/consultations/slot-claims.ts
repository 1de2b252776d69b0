import { DAY_FULL_MESSAGE, SLOT_TAKEN_MESSAGE } from '../../../types/consultations/schemas'
import { conflict, invalidState } from '../../core/app-error'
import { adjustCounter } from '../../core/bounded-counter'
import type { DocumentStore } from '../../ports/document-store'
import { dayCounterIdFor, openCounterIdFor, slotClaimIdFor } from './ids'
import { refusalFor, type SlotQuery } from './slot-generation'
import { CONSULTATION_BOOKINGS, CONSULTATION_COUNTERS, CONSULTATION_SLOT_CLAIMS, type BookingRecord, type CounterRecord, type SlotClaimRecord } from './records'

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

  return {
    /**
     * Takes the slot for `bookingId`: `won` only for the one call whose insert created the claim.
     * Never read-then-write: the insert itself decides. `heldBySameBooking` tells a concurrent
     * retry of the same request (same booking id) from a different booking.
     */
    async claim(providerKey: string, startAt: string, bookingId: string, now: Date) {
      const claimId = slotClaimIdFor(providerKey, startAt)
      const won = await claims.insertUnlessExists({ _id: claimId, bookingId, providerKey, startAt, createdAt: now.toISOString() })
      const heldBySameBooking = won || (await claims.getById(claimId))?.bookingId === bookingId
      return { claimId, won, heldBySameBooking }
    },
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
