import type { DocumentStore } from '../../ports/document-store'
import type { BookingRecord } from './records'

export type BookingChangeAction = 'booked' | 'rescheduled' | 'cancelled'

export interface BookingChange {
  booking: BookingRecord
  action: BookingChangeAction
  /** The start before a move; null otherwise. */
  fromStartAt: string | null
  actorUserId: string
  reason: string | null
}

/**
 * Seams for modules that react to bookings (e.g. a linked report's timeline). Consultations never
 * imports them; server/functions builds the handlers with the hooks it connects. A hook runs after
 * the change committed and may run again for the same change (a retried booking), so it must be
 * idempotent (key what it writes by booking id and version).
 */
export interface BookingHooks {
  onBookingChanged?: (store: DocumentStore, change: BookingChange, now: Date) => Promise<void>
}

export const NO_BOOKING_HOOKS: BookingHooks = {}
