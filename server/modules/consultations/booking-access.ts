import type { BookingParty } from '../../../types/consultations/schemas'
import { forbidden, notFound } from '../../core/app-error'
import type { Caller } from '../../core/caller'
import type { DocumentStore } from '../../ports/document-store'
import { loadUser } from '../users/load-user'
import { isStaff } from './providers'
import { CONSULTATION_BOOKINGS, type BookingRecord } from './records'

export type { BookingParty }

/** The parties the caller is to this booking: its enterprise's liaisons, the provider's account, staff. */
export async function bookingPartiesOf(store: DocumentStore, caller: Caller, booking: BookingRecord): Promise<BookingParty[]> {
  const parties: BookingParty[] = []
  if (caller.roles.includes('liaison')) {
    const user = await loadUser(store, caller)
    if (user.enterpriseId !== null && user.enterpriseId === booking.enterpriseId) parties.push('enterprise')
  }
  if (booking.providerUserId === caller.userId) parties.push('provider')
  if (isStaff(caller)) parties.push('staff')
  return parties
}

/**
 * The booking if the caller may act on it in one of the `allowed` roles. Someone who is no party
 * gets NOT_FOUND (its existence is not revealed); a party in the wrong role gets FORBIDDEN.
 */
export async function loadBookingFor(
  store: DocumentStore,
  caller: Caller,
  bookingId: string,
  allowed: readonly BookingParty[],
): Promise<{ booking: BookingRecord; party: BookingParty; parties: BookingParty[] }> {
  const booking = await store.collection<BookingRecord>(CONSULTATION_BOOKINGS).getById(bookingId)
  const parties = booking ? await bookingPartiesOf(store, caller, booking) : []
  if (!booking || parties.length === 0) throw notFound('没有找到这个预约，或您无权查看')
  const party = allowed.find((p) => parties.includes(p))
  if (!party) throw forbidden('您不能对这个预约执行此操作')
  return { booking, party, parties }
}
