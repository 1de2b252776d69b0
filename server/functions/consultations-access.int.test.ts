import {
  bookConsultation,
  cancelBooking,
  getAvailability,
  getBooking,
  listAllBookings,
  listProviderBookings,
  listProviders,
  listSlots,
  markAttendance,
  rateBooking,
  recordOutcome,
  rescheduleBooking,
  saveAvailability,
} from '../../types/consultations/contracts'
import { listMyMessages } from '../../types/messaging/contracts'
import { submitReport } from '../../types/reports/contracts'
import { startHarness, type GatewayHarness } from '../../tests/support/gateway-harness'
import {
  AGENCY,
  AGENCY_PROVIDER,
  EXPERT,
  LIAISON,
  STAFF,
  THU_0900,
  THU_1000,
  VISITOR,
  agencyRules,
  bookingInput,
  openAgency,
} from '../modules/consultations/testing/consultations-fixture'
import { reportInput } from '../modules/reports/testing/reports-fixture'

let h: GatewayHarness
beforeEach(async () => {
  h = await startHarness()
})
afterEach(() => h.close())

const titles = async (openid: string) => (await h.ok(listMyMessages, { pageSize: 50 }, openid)).items.map((m) => m.title).sort()

describe('consultations: reminders through the outbox', () => {
  it('confirms at once, reminds the day before at 18:00 and an hour before', async () => {
    await openAgency(h)
    const booking = await h.ok(bookConsultation, bookingInput(THU_1000), LIAISON)
    await h.runTimer('dispatcher', 'dispatchDue')
    expect(await titles(LIAISON)).toEqual(['咨询预约成功'])
    expect(await titles(AGENCY)).toEqual(['咨询预约成功'])
    h.clock.set('2026-11-25T09:59:00.000Z') // 17:59 Shanghai: not yet
    await h.runTimer('dispatcher', 'dispatchDue')
    expect(await titles(LIAISON)).toEqual(['咨询预约成功'])
    h.clock.set('2026-11-25T10:00:00.000Z') // 18:00 Shanghai the day before
    await h.runTimer('dispatcher', 'dispatchDue')
    expect(await titles(LIAISON)).toEqual(['咨询预约成功', '明天的咨询预约提醒'])
    h.clock.set('2026-11-26T01:00:00.000Z') // one hour before 10:00
    await h.runTimer('dispatcher', 'dispatchDue')
    expect(await titles(LIAISON)).toEqual(['咨询即将开始', '咨询预约成功', '明天的咨询预约提醒'])
    expect((await h.ok(listMyMessages, {}, LIAISON)).items[0].page).toBe(`packages/consultations/detail/index?id=${booking.bookingId}`)
  })

  it('cancelling frees the slot and cancels every reminder; moving replaces them', async () => {
    await openAgency(h)
    const cancelled = await h.ok(bookConsultation, bookingInput(THU_1000), LIAISON)
    await h.ok(cancelBooking, { bookingId: cancelled.bookingId, reason: '时间冲突' }, LIAISON)
    expect((await h.ok(listSlots, { provider: AGENCY_PROVIDER, days: 3 }, LIAISON)).slots.map((s) => s.startAt)).toContain(THU_1000)

    const moved = await h.ok(bookConsultation, bookingInput(THU_0900), LIAISON)
    await h.ok(rescheduleBooking, { bookingId: moved.bookingId, startAt: '2026-11-30T01:00:00.000Z' }, LIAISON)

    h.clock.set('2026-11-26T02:30:00.000Z') // past both Thursday bookings' reminders
    await h.runTimer('dispatcher', 'dispatchDue')
    const liaison = await titles(LIAISON)
    expect(liaison.filter((t) => t === '明天的咨询预约提醒' || t === '咨询即将开始')).toEqual([])
    expect(liaison).toEqual(['咨询预约成功', '咨询预约成功'])
    // The liaison made the changes; the provider is told of each.
    expect((await titles(AGENCY)).filter((t) => t !== '咨询预约成功')).toEqual(['咨询预约已取消', '咨询预约已改期'].sort())
    h.clock.set('2026-11-29T10:00:00.000Z') // Sunday 18:00 before the moved Monday booking
    await h.runTimer('dispatcher', 'dispatchDue')
    expect((await titles(LIAISON)).filter((t) => t === '明天的咨询预约提醒')).toHaveLength(1)
  })
})

describe('consultations: who may do what', () => {
  it('only the enterprise, the provider and staff can read a booking; others get NOT_FOUND', async () => {
    await openAgency(h)
    const booking = await h.ok(bookConsultation, bookingInput(THU_1000), LIAISON)
    for (const who of [LIAISON, AGENCY, STAFF]) expect(await h.call(getBooking, { bookingId: booking.bookingId }, who)).toMatchObject({ ok: true })
    for (const who of [EXPERT, VISITOR]) {
      expect(await h.call(getBooking, { bookingId: booking.bookingId }, who)).toMatchObject({ ok: false, code: 'NOT_FOUND' })
      expect(await h.call(cancelBooking, { bookingId: booking.bookingId, reason: '试图取消' }, who)).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    }
    expect(await h.call(getBooking, { bookingId: booking.bookingId }, null)).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' })
    // The provider does not see others' providers' bookings, and sees its own.
    expect((await h.ok(listProviderBookings, { scope: 'upcoming' }, EXPERT)).items).toEqual([])
    expect((await h.ok(listProviderBookings, { scope: 'upcoming' }, AGENCY)).items.map((b) => b.bookingId)).toEqual([booking.bookingId])
    expect(await h.call(listAllBookings, {}, AGENCY)).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect((await h.ok(listAllBookings, { date: '2026-11-26' }, STAFF)).items.map((b) => b.bookingId)).toEqual([booking.bookingId])
  })

  it('booking needs a verified enterprise; availability belongs to its provider or staff', async () => {
    await openAgency(h)
    expect(await h.call(bookConsultation, bookingInput(THU_1000), VISITOR)).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(await h.call(bookConsultation, bookingInput(THU_1000, { reportId: 'rpt_not_ours' }), LIAISON)).toMatchObject({
      ok: false,
      code: 'VALIDATION_FAILED',
      issues: [{ path: ['reportId'], message: '请选择贵企业的上报' }],
    })
    const { reportId } = await h.ok(submitReport, reportInput(), LIAISON)
    expect(await h.ok(bookConsultation, bookingInput(THU_1000, { reportId }), LIAISON)).toMatchObject({ reportId })
    expect(await h.call(saveAvailability, { provider: AGENCY_PROVIDER, rules: agencyRules() }, EXPERT)).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(await h.call(saveAvailability, { rules: agencyRules() }, LIAISON)).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    const onBehalf = await h.ok(saveAvailability, { provider: AGENCY_PROVIDER, rules: agencyRules({ slotMinutes: 30 }) }, STAFF)
    expect(onBehalf.rules.slotMinutes).toBe(30)
    expect((await h.ok(getAvailability, {}, AGENCY)).rules.slotMinutes).toBe(30)
    const bad = await h.call(saveAvailability, { rules: { ...agencyRules(), weekly: [{ weekday: 1, start: '12:00', end: '09:00' }] } }, AGENCY)
    expect(bad).toMatchObject({ ok: false, code: 'VALIDATION_FAILED', issues: [{ path: ['rules', 'weekly', 0, 'end'], message: '结束时间应晚于开始时间' }] })
  })

  it('providers and staff cancel with a reason; the enterprise only before the cutoff', async () => {
    await openAgency(h)
    const a = await h.ok(bookConsultation, bookingInput(THU_1000), LIAISON)
    expect(await h.call(cancelBooking, { bookingId: a.bookingId, reason: null }, AGENCY)).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' })
    const byProvider = await h.ok(cancelBooking, { bookingId: a.bookingId, reason: '专家临时出差' }, AGENCY)
    expect(byProvider).toMatchObject({ status: 'cancelled', statusReason: '专家临时出差' })
    expect(await h.call(cancelBooking, { bookingId: a.bookingId, reason: '再次取消' }, STAFF)).toMatchObject({ ok: false, code: 'INVALID_STATE' })

    const b = await h.ok(bookConsultation, bookingInput(THU_0900), LIAISON)
    h.clock.set('2026-11-25T23:30:00.000Z') // 07:30 Shanghai, 1.5 h before 09:00
    expect(await h.call(cancelBooking, { bookingId: b.bookingId, reason: null }, LIAISON)).toMatchObject({ ok: false, code: 'INVALID_STATE' })
    expect(await h.call(rescheduleBooking, { bookingId: b.bookingId, startAt: THU_1000 }, LIAISON)).toMatchObject({ ok: false, code: 'INVALID_STATE' })
    expect(await h.call(rescheduleBooking, { bookingId: b.bookingId, startAt: THU_1000 }, AGENCY)).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    const moved = await h.ok(rescheduleBooking, { bookingId: b.bookingId, startAt: THU_1000, reason: '企业来电要求改期' }, STAFF)
    expect(moved.history.at(-1)).toMatchObject({ action: 'rescheduled', by: 'staff', reason: '企业来电要求改期', fromStartAt: THU_0900 })
  })

  it('after the consultation: attendance by the provider, outcome note, one rating by the enterprise', async () => {
    await openAgency(h)
    const b = await h.ok(bookConsultation, bookingInput(THU_1000), LIAISON)
    expect(await h.call(markAttendance, { bookingId: b.bookingId, attended: true }, AGENCY)).toMatchObject({ ok: false, code: 'INVALID_STATE' })
    h.clock.set('2026-11-26T03:00:00.000Z')
    expect(await h.call(markAttendance, { bookingId: b.bookingId, attended: true }, LIAISON)).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    await h.ok(markAttendance, { bookingId: b.bookingId, attended: true }, AGENCY)
    await h.ok(recordOutcome, { bookingId: b.bookingId, note: '已讲解应诉流程，建议尽快提交答辩。' }, AGENCY)
    expect(await h.call(rateBooking, { bookingId: b.bookingId, rating: 6, comment: null }, LIAISON)).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' })
    const rated = await h.ok(rateBooking, { bookingId: b.bookingId, rating: 5, comment: '讲解清楚' }, LIAISON)
    expect(rated).toMatchObject({ status: 'attended', outcomeNote: '已讲解应诉流程，建议尽快提交答辩。', rating: 5, ratingComment: '讲解清楚' })
    expect(await h.call(rateBooking, { bookingId: b.bookingId, rating: 1, comment: null }, LIAISON)).toMatchObject({ ok: false, code: 'INVALID_STATE' })
  })

  it('browsing lists open providers by topic, IP type and country with the next free slot', async () => {
    await openAgency(h)
    const all = await h.ok(listProviders, {}, VISITOR)
    expect(all.items).toEqual([expect.objectContaining({ provider: expect.objectContaining(AGENCY_PROVIDER), nextSlot: expect.objectContaining({ startAt: '2026-11-25T06:00:00.000Z' }) })])
    expect((await h.ok(listProviders, { topic: 'trade_fair' }, VISITOR)).items).toEqual([])
    expect((await h.ok(listProviders, { country: 'JP' }, VISITOR)).items).toEqual([])
    expect((await h.ok(listProviders, { country: 'US', ipType: 'patent', kind: 'agency' }, VISITOR)).items).toHaveLength(1)
    await h.ok(saveAvailability, { rules: agencyRules({ open: false }) }, AGENCY)
    expect((await h.ok(listProviders, {}, VISITOR)).items).toEqual([])
    expect(await h.call(bookConsultation, bookingInput(THU_1000), LIAISON)).toMatchObject({ ok: false, code: 'NOT_FOUND' })
  })
})
