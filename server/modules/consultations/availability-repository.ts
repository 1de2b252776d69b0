import { DEFAULT_AVAILABILITY, type AvailabilityRules } from '../../../types/consultations/availability'
import type { DocumentStore } from '../../ports/document-store'
import type { BusyInterval } from './slot-generation'
import { CONSULTATION_AVAILABILITY, CONSULTATION_BOOKINGS, type AvailabilityRecord, type BookingRecord } from './records'

export function availabilityOf(store: DocumentStore) {
  return store.collection<AvailabilityRecord>(CONSULTATION_AVAILABILITY)
}

export async function rulesOf(store: DocumentStore, providerKey: string): Promise<{ rules: AvailabilityRules; configured: boolean }> {
  const record = await availabilityOf(store).getById(providerKey)
  return record ? { rules: record.rules, configured: true } : { rules: DEFAULT_AVAILABILITY, configured: false }
}

/** The provider's confirmed bookings from `from` on (what slot generation must avoid). */
export async function busyOf(store: DocumentStore, providerKey: string, from: Date, excludeBookingId?: string): Promise<BusyInterval[]> {
  // A day earlier: a booking that started before `from` may still count towards that day's cap.
  const since = new Date(from.getTime() - 24 * 3600_000).toISOString()
  const rows = await store
    .collection<BookingRecord>(CONSULTATION_BOOKINGS)
    .find({ providerKey, status: 'confirmed', startAt: { $gte: since } }, { orderBy: [['startAt', 'asc']], limit: 1000 })
  return rows.filter((r) => r._id !== excludeBookingId).map((r) => ({ startAt: r.startAt, endAt: r.endAt, day: r.day }))
}
