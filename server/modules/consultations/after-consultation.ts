import { invalidState } from '../../core/app-error'
import type { Caller } from '../../core/caller'
import type { DocumentStore } from '../../ports/document-store'
import { loadBookingFor } from './booking-access'
import { cancelReminders } from './booking-notices'
import { CONSULTATION_BOOKINGS, type BookingRecord } from './records'
import { slotClaims } from './slot-claims'

const bookings = (store: DocumentStore) => store.collection<BookingRecord>(CONSULTATION_BOOKINGS)

async function reload(store: DocumentStore, id: string) {
  const record = await bookings(store).getById(id)
  if (!record) throw new Error(`booking ${id} vanished`)
  return record
}

/**
 * The provider (or staff) records whether the enterprise came, once the consultation has begun.
 * It stops counting as one of the enterprise's open bookings; the slot stays taken (it happened).
 */
export async function markAttendance(store: DocumentStore, caller: Caller, input: { bookingId: string; attended: boolean }, now: Date) {
  const { booking, party } = await loadBookingFor(store, caller, input.bookingId, ['provider', 'staff'])
  if (now.toISOString() < booking.startAt) throw invalidState('咨询开始后才能登记是否到场')
  const at = now.toISOString()
  const status = input.attended ? 'attended' : 'no_show'
  const applied = await bookings(store).updateOne(
    booking._id,
    {
      $set: { status, updatedAt: at },
      $inc: { version: 1 },
      $push: { history: [{ at, action: status, by: party === 'staff' ? 'staff' : 'provider', reason: null, fromStartAt: null }] },
    },
    { status: 'confirmed' },
  )
  if (!applied) throw invalidState('这个预约已取消或已登记')
  await slotClaims(store).releaseOpenPlace(booking)
  await cancelReminders(store, booking._id, now)
  return reload(store, booking._id)
}

/** The provider's short outcome note, visible to the enterprise; may be corrected later. */
export async function recordOutcome(store: DocumentStore, caller: Caller, input: { bookingId: string; note: string }, now: Date) {
  const { booking } = await loadBookingFor(store, caller, input.bookingId, ['provider'])
  const at = now.toISOString()
  const applied = await bookings(store).updateOne(
    booking._id,
    {
      $set: { outcomeNote: input.note, updatedAt: at },
      $push: { history: [{ at, action: 'outcome', by: 'provider', reason: null, fromStartAt: null }] },
    },
    { status: 'attended' },
  )
  if (!applied) throw invalidState('登记“已完成”后才能填写咨询小结')
  return reload(store, booking._id)
}

/** The enterprise rates an attended consultation once (1–5 with an optional comment). */
export async function rateBooking(
  store: DocumentStore,
  caller: Caller,
  input: { bookingId: string; rating: number; comment: string | null },
  now: Date,
) {
  const { booking } = await loadBookingFor(store, caller, input.bookingId, ['enterprise'])
  const at = now.toISOString()
  const applied = await bookings(store).updateOne(
    booking._id,
    {
      $set: { rating: input.rating, ratingComment: input.comment, updatedAt: at },
      $push: { history: [{ at, action: 'rated', by: 'enterprise', reason: null, fromStartAt: null }] },
    },
    { status: 'attended', rating: null },
  )
  if (!applied) throw invalidState(booking.rating !== null ? '这个预约已经评价过了' : '咨询完成后才能评价')
  return reload(store, booking._id)
}
