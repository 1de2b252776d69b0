import type { DocumentStore } from '../../ports/document-store'
import { CONSULTATION_BOOKINGS, type BookingRecord } from './records'
import { slotClaims } from './slot-claims'

const BATCH = 500

/**
 * A confirmed booking that has ended stops counting against its enterprise's limit of open
 * bookings even if the provider never marks attendance, so an enterprise is never stuck at the
 * limit. Run by the `consultations` timer, which also sweeps abandoned slot claims; each release is one conditional update, so it can race
 * a cancellation or a marking and still decrement exactly once.
 */
export async function releaseEndedBookings(store: DocumentStore, now: Date): Promise<{ released: number; abandonedClaims: number }> {
  const ended = await store
    .collection<BookingRecord>(CONSULTATION_BOOKINGS)
    .find({ holdsOpenPlace: true, endAt: { $lte: now.toISOString() } }, { orderBy: [['endAt', 'asc']], limit: BATCH })
  const claims = slotClaims(store)
  let released = 0
  for (const booking of ended) if (await claims.releaseOpenPlace(booking)) released++
  // Claims left pending by a crashed booking call: gives back the open place and day they took,
  // even if nobody tries that slot again (a new booking of the slot would take it over anyway).
  const abandonedClaims = await claims.sweepAbandoned(now)
  return { released, abandonedClaims }
}
