import { CONSULTATION_MODE_LABELS } from '../../../types/consultations/availability'
import { DAY_FULL_MESSAGE, SLOT_TAKEN_MESSAGE } from '../../../types/consultations/schemas'
import { formatShanghai, inShanghai } from '../../../types/time'
import { AppError, conflict, invalidState } from '../../core/app-error'
import type { Caller } from '../../core/caller'
import type { DocumentStore } from '../../ports/document-store'
import { availabilityOf, busyOf } from './availability-repository'
import { loadBookingFor, type BookingParty } from './booking-access'
import { cancelReminders, notifyBookingParties, scheduleReminders } from './booking-notices'
import { changeableUntil } from './booking-view'
import { CONSULTATION_BOOKINGS, type BookingRecord } from './records'
import { findSlot, type CalendarView } from './slot-generation'
import { confirmClaimInTransaction, refuseSlot, slotClaims } from './slot-claims'

const bookings = (store: DocumentStore) => store.collection<BookingRecord>(CONSULTATION_BOOKINGS)

function assertChangeable(booking: BookingRecord, party: BookingParty, now: Date) {
  if (booking.status !== 'confirmed') throw invalidState('这个预约已取消或已结束，不能再更改')
  if (party === 'enterprise' && now.toISOString() >= changeableUntil(booking.startAt)) {
    throw invalidState('距咨询开始已不足 2 小时，不能再取消或改期，请直接联系对方')
  }
}

function requireReason(party: BookingParty, reason: string | null): string | null {
  if (party !== 'enterprise' && !reason) {
    throw new AppError('VALIDATION_FAILED', '请填写原因，对方会收到通知', [{ path: ['reason'], message: '请填写原因' }])
  }
  return reason
}

async function reload(store: DocumentStore, id: string): Promise<BookingRecord> {
  const record = await bookings(store).getById(id)
  if (!record) throw new Error(`booking ${id} vanished`)
  return record
}

/**
 * Moves a confirmed booking to another free slot of the same provider. The new slot is claimed
 * (and its day counted) BEFORE anything of the old one is released, and the booking moves by one
 * version-conditional update: a failed or raced move leaves the original booking as it was.
 */
export async function rescheduleBooking(
  store: DocumentStore,
  caller: Caller,
  input: { bookingId: string; startAt: string; reason: string | null },
  now: Date,
  calendar: CalendarView,
): Promise<BookingRecord> {
  const { booking, party } = await loadBookingFor(store, caller, input.bookingId, ['enterprise', 'staff'])
  assertChangeable(booking, party, now)
  const reason = requireReason(party, input.reason)
  if (Date.parse(input.startAt) === Date.parse(booking.startAt)) throw invalidState('新时段与原时段相同')
  const availability = await availabilityOf(store).getById(booking.providerKey)
  if (!availability) throw invalidState('该专家或机构暂不接受预约')

  const claims = slotClaims(store)
  const busy = await busyOf(store, booking.providerKey, now, booking._id)
  const query = { rules: availability.rules, now, calendar, busy }
  const slot = findSlot(query, input.startAt)
  if (!slot) return refuseSlot(store, query, booking.providerKey, input.startAt)
  const day = inShanghai(slot.startAt).format('YYYY-MM-DD')
  const otherDay = day !== booking.day
  const { claimId, lease, won } = await claims.claim(booking.providerKey, slot.startAt, booking._id, now, { enterpriseId: null, day })
  if (!won) throw conflict(SLOT_TAKEN_MESSAGE)
  if (otherDay) {
    if (!(await claims.takeDay(booking.providerKey, day, availability.rules.dailyCap))) {
      await claims.abandon(claimId, booking._id, lease)
      throw conflict(DAY_FULL_MESSAGE)
    }
    if (!(await claims.flag(claimId, booking._id, lease, 'dayTaken'))) {
      await claims.returnDay(booking.providerKey, day)
      throw conflict(SLOT_TAKEN_MESSAGE)
    }
  }

  const at = now.toISOString()
  // Moved only while the new claim is still ours (see bookConsultation) and the booking unchanged.
  const outcome = await store.runTransaction(async (tx) => {
    const current = await tx.get<BookingRecord>(CONSULTATION_BOOKINGS, booking._id)
    if (!current || current.status !== 'confirmed' || current.version !== booking.version) return 'changed' as const
    if (!(await confirmClaimInTransaction(tx, claimId, booking._id, lease))) return 'lost' as const
    await tx.update(CONSULTATION_BOOKINGS, booking._id, {
      $set: { startAt: slot.startAt, endAt: slot.endAt, day, claimId, updatedAt: at },
      $inc: { version: 1 },
      $push: { history: [{ at, action: 'rescheduled', by: party, reason, fromStartAt: booking.startAt }] },
    })
    return 'moved' as const
  })
  if (outcome === 'lost') throw conflict(SLOT_TAKEN_MESSAGE)
  if (outcome === 'changed') {
    if ((await claims.abandon(claimId, booking._id, lease)) && otherDay) await claims.returnDay(booking.providerKey, day)
    throw conflict('这个预约刚被更改，请刷新后重试')
  }
  await claims.release(booking.claimId, booking._id)
  if (otherDay) await claims.returnDay(booking.providerKey, booking.day)

  const updated = await reload(store, booking._id)
  await cancelReminders(store, booking._id, now)
  await scheduleReminders(store, updated, now)
  await notifyBookingParties(
    store,
    updated,
    {
      event: `v${updated.version}.rescheduled`,
      templateKey: 'consultation_changed',
      actorUserId: caller.userId,
      title: '咨询预约已改期',
      summary: `${formatShanghai(booking.startAt)} 改为 ${formatShanghai(updated.startAt)}，${CONSULTATION_MODE_LABELS[updated.mode]}`,
      statusLabel: '已改期',
      reason,
    },
    now,
  )
  return updated
}

/**
 * Cancels a confirmed booking: one conditional update (confirmed → cancelled) decides, then the
 * slot, the day and the enterprise's open booking are given back and every pending reminder is
 * cancelled (never sent). The provider and staff must give a reason; the other side is notified.
 */
export async function cancelBooking(
  store: DocumentStore,
  caller: Caller,
  input: { bookingId: string; reason: string | null },
  now: Date,
): Promise<BookingRecord> {
  const { booking, party } = await loadBookingFor(store, caller, input.bookingId, ['enterprise', 'provider', 'staff'])
  assertChangeable(booking, party, now)
  const reason = requireReason(party, input.reason)
  const at = now.toISOString()
  const cancelled = await bookings(store).updateOne(
    booking._id,
    {
      $set: { status: 'cancelled', statusReason: reason, updatedAt: at },
      $inc: { version: 1 },
      $push: { history: [{ at, action: 'cancelled', by: party, reason, fromStartAt: null }] },
    },
    { status: 'confirmed' },
  )
  if (!cancelled) throw invalidState('这个预约已取消或已结束，不能再更改')
  const current = await reload(store, booking._id)
  const claims = slotClaims(store)
  await cancelReminders(store, booking._id, now)
  await claims.release(current.claimId, booking._id)
  await claims.returnDay(current.providerKey, current.day)
  await claims.releaseOpenPlace(current)
  await notifyBookingParties(
    store,
    current,
    {
      event: 'cancelled',
      templateKey: 'consultation_changed',
      actorUserId: caller.userId,
      title: '咨询预约已取消',
      summary: `${formatShanghai(current.startAt)} 与${current.providerName}的咨询已取消${reason ? `：${reason}` : ''}`,
      statusLabel: '已取消',
      reason,
    },
    now,
  )
  return current
}
