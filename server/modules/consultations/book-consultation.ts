import type { z } from 'zod'
import type { bookingInputSchema } from '../../../types/consultations/schemas'
import { OPEN_BOOKING_LIMIT, DAY_FULL_MESSAGE, SLOT_TAKEN_MESSAGE } from '../../../types/consultations/schemas'
import { CONSULTATION_MODE_LABELS } from '../../../types/consultations/availability'
import { formatShanghai, inShanghai } from '../../../types/time'
import { AppError, conflict, invalidState, notFound } from '../../core/app-error'
import type { Caller } from '../../core/caller'
import type { DocumentStore } from '../../ports/document-store'
import { REPORTS, type ReportRecord } from '../reports/records'
import { loadUser } from '../users/load-user'
import { ENTERPRISES, type EnterpriseRecord } from '../users/records'
import { availabilityOf, busyOf } from './availability-repository'
import { notifyBookingParties, scheduleReminders } from './booking-notices'
import { bookingIdFor } from './ids'
import { loadProvider } from './providers'
import { CONSULTATION_BOOKINGS, type BookingRecord } from './records'
import { findSlot, type CalendarView } from './slot-generation'
import { confirmClaimInTransaction, refuseSlot, slotClaims } from './slot-claims'

export type BookingInput = z.output<typeof bookingInputSchema>

const bookings = (store: DocumentStore) => store.collection<BookingRecord>(CONSULTATION_BOOKINGS)

/** The liaison's verified enterprise, or a clear refusal. */
export async function enterpriseOfLiaison(store: DocumentStore, caller: Caller): Promise<EnterpriseRecord> {
  const user = await loadUser(store, caller)
  const enterprise = user.enterpriseId ? await store.collection<EnterpriseRecord>(ENTERPRISES).getById(user.enterpriseId) : null
  if (!enterprise) throw invalidState('请先完成企业认证，再预约咨询')
  return enterprise
}

/**
 * Books a slot for the caller's enterprise. The order of the atomic steps matters:
 *  1. claim the slot (insert keyed by provider + start) — of N concurrent callers exactly one wins;
 *  2. take one of the enterprise's open bookings (bounded $inc), 3. one of the provider's day (bounded $inc);
 *  each failure gives back what was taken before it. Only then is the booking written — in one
 * transaction with the claim turning from pending (leased) to held — with its confirmation and
 * reminders as outbox rows. A crash in between leaves a pending claim that expires (slot-claims.ts). The same idempotency key returns the same booking.
 */
export async function bookConsultation(
  store: DocumentStore,
  caller: Caller,
  input: BookingInput,
  now: Date,
  calendar: CalendarView,
): Promise<BookingRecord> {
  const bookingId = bookingIdFor(caller.userId, input.idempotencyKey)
  const earlier = await bookings(store).getById(bookingId)
  if (earlier) return earlier

  const enterprise = await enterpriseOfLiaison(store, caller)
  const provider = await loadProvider(store, input.provider)
  const availability = await availabilityOf(store).getById(provider?.key ?? '')
  if (!provider || !provider.active || !provider.userId || !availability || !availability.rules.open) {
    throw notFound('该专家或机构暂不接受预约')
  }
  const { rules } = availability
  if (input.reportId !== null) {
    const report = await store.collection<ReportRecord>(REPORTS).getById(input.reportId)
    if (!report || report.enterpriseId !== enterprise._id) {
      throw new AppError('VALIDATION_FAILED', '关联的上报不存在或不属于贵企业', [{ path: ['reportId'], message: '请选择贵企业的上报' }])
    }
  }
  if (!rules.modes.includes(input.mode)) {
    throw new AppError('VALIDATION_FAILED', `该${provider.ref.kind === 'expert' ? '专家' : '机构'}不提供${CONSULTATION_MODE_LABELS[input.mode]}`, [
      { path: ['mode'], message: '请选择可用的咨询方式' },
    ])
  }
  if (!rules.topics.includes(input.topic)) {
    throw new AppError('VALIDATION_FAILED', '该咨询主题不在服务范围内', [{ path: ['topic'], message: '请选择服务范围内的主题' }])
  }

  const claims = slotClaims(store)
  const busy = await busyOf(store, provider.key, now)
  const query = { rules, now, calendar, busy }
  const slot = findSlot(query, input.startAt)
  if (!slot) return refuseSlot(store, query, provider.key, input.startAt)

  const day = inShanghai(slot.startAt).format('YYYY-MM-DD')
  const { claimId, lease, won, heldBySameBooking } = await claims.claim(provider.key, slot.startAt, bookingId, now, { enterpriseId: enterprise._id, day })
  if (!won) {
    // A concurrent retry of this same request holds the claim: answer with its booking once written.
    const same = heldBySameBooking ? await bookings(store).getById(bookingId) : null
    if (same) return same
    throw conflict(heldBySameBooking ? '预约正在处理，请稍后在“我的预约”中查看' : SLOT_TAKEN_MESSAGE)
  }
  // Each unit taken is flagged on the pending claim, so whoever recovers an abandoned claim gives
  // back exactly those; a unit whose flag did not land (claim taken over) is given back here.
  if (!(await claims.takeOpen(enterprise._id, OPEN_BOOKING_LIMIT))) {
    await claims.abandon(claimId, bookingId, lease)
    throw conflict(`贵企业已有 ${OPEN_BOOKING_LIMIT} 个未完成的预约，请完成或取消后再预约`)
  }
  if (!(await claims.flag(claimId, bookingId, lease, 'openTaken'))) {
    await claims.returnOpen(enterprise._id)
    throw conflict(SLOT_TAKEN_MESSAGE)
  }
  if (!(await claims.takeDay(provider.key, day, rules.dailyCap))) {
    if (await claims.abandon(claimId, bookingId, lease)) await claims.returnOpen(enterprise._id)
    throw conflict(DAY_FULL_MESSAGE)
  }
  if (!(await claims.flag(claimId, bookingId, lease, 'dayTaken'))) {
    await claims.returnDay(provider.key, day)
    throw conflict(SLOT_TAKEN_MESSAGE)
  }

  const at = now.toISOString()
  const record: BookingRecord = {
    _id: bookingId,
    idempotencyKey: input.idempotencyKey,
    providerKey: provider.key,
    providerKind: provider.ref.kind,
    providerId: provider.ref.id,
    providerName: provider.summary.name,
    providerSubtitle: provider.summary.subtitle,
    providerUserId: provider.userId,
    enterpriseId: enterprise._id,
    enterpriseName: enterprise.name,
    liaisonUserId: caller.userId,
    startAt: slot.startAt,
    endAt: slot.endAt,
    day,
    claimId,
    holdsOpenPlace: true,
    mode: input.mode,
    topic: input.topic,
    questions: input.questions,
    reportId: input.reportId,
    status: 'confirmed',
    statusReason: null,
    version: 1,
    address: provider.address,
    location: provider.location,
    phone: provider.phone,
    meetingLink: rules.meetingLink,
    outcomeNote: null,
    rating: null,
    ratingComment: null,
    history: [{ at, action: 'booked', by: 'enterprise', reason: null, fromStartAt: null }],
    createdAt: at,
    updatedAt: at,
  }
  // The booking exists if and only if its claim is still ours: a call slower than the lease finds
  // the slot taken over and writes nothing (the taker gave the flagged units back).
  const written = await store.runTransaction(async (tx) => {
    if (!(await confirmClaimInTransaction(tx, claimId, bookingId, lease))) return false
    await tx.set(CONSULTATION_BOOKINGS, record)
    return true
  })
  if (!written) throw conflict(SLOT_TAKEN_MESSAGE)
  await notifyBookingParties(
    store,
    record,
    {
      event: 'booked',
      templateKey: 'consultation_booked',
      actorUserId: null,
      title: '咨询预约成功',
      summary: `${formatShanghai(record.startAt)} ${record.providerName}，${CONSULTATION_MODE_LABELS[record.mode]}`,
      statusLabel: '已预约',
    },
    now,
  )
  await scheduleReminders(store, record, now)
  return record
}
