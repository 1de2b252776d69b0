import { bookConsultation, cancelBooking, rescheduleBooking } from '../../types/consultations/contracts'
import { getReport, submitReport } from '../../types/reports/contracts'
import { startHarness, type GatewayHarness } from '../../tests/support/gateway-harness'
import { AGENCY, LIAISON, THU_1000, THU_1100, bookingInput, openAgency } from '../modules/consultations/testing/consultations-fixture'
import { REPORTS, type ReportRecord } from '../modules/reports/records'
import { reportInput } from '../modules/reports/testing/reports-fixture'

let h: GatewayHarness
beforeEach(async () => {
  h = await startHarness()
})
afterEach(() => h.close())

const consultationEvents = async (reportId: string) =>
  (await h.ok(getReport, { reportId }, LIAISON)).timeline.filter((e) => e.type === 'consultation').map((e) => ({ text: e.text, actorRole: e.actorRole }))

describe('consultations linked to a report', () => {
  it('booking, moving and cancelling show on the report timeline, once each', async () => {
    await openAgency(h)
    const { reportId } = await h.ok(submitReport, reportInput(), LIAISON)
    const input = bookingInput(THU_1000, { reportId })
    const booking = await h.ok(bookConsultation, input, LIAISON)
    expect(booking.reportId).toBe(reportId)
    const booked = { text: `已预约咨询：${booking.provider.name} 2026-11-26 10:00`, actorRole: 'enterprise' }
    expect(await consultationEvents(reportId)).toEqual([booked])

    // A retry of the same request adds nothing.
    await h.ok(bookConsultation, input, LIAISON)
    expect(await consultationEvents(reportId)).toEqual([booked])

    await h.ok(rescheduleBooking, { bookingId: booking.bookingId, startAt: THU_1100, reason: null }, LIAISON)
    const moved = { text: `咨询已改期：${booking.provider.name} 2026-11-26 10:00 改为 2026-11-26 11:00`, actorRole: 'enterprise' }
    expect(await consultationEvents(reportId)).toEqual([booked, moved])

    await h.ok(cancelBooking, { bookingId: booking.bookingId, reason: '行程有变' }, AGENCY)
    expect(await consultationEvents(reportId)).toEqual([
      booked,
      moved,
      { text: `咨询已取消：${booking.provider.name} 2026-11-26 11:00（行程有变）`, actorRole: 'system' },
    ])
    // A refused second cancel writes nothing.
    expect(await h.call(cancelBooking, { bookingId: booking.bookingId, reason: null }, LIAISON)).toMatchObject({ ok: false, code: 'INVALID_STATE' })
    expect(await consultationEvents(reportId)).toHaveLength(3)
  })

  it('a booking without a report touches no timeline; another enterprise’s report is refused', async () => {
    await openAgency(h)
    const { reportId } = await h.ok(submitReport, reportInput(), LIAISON)
    await h.ok(bookConsultation, bookingInput(THU_1000), LIAISON)
    expect(await consultationEvents(reportId)).toEqual([])

    // Seed: the report now belongs to another enterprise.
    await h.store.collection<ReportRecord>(REPORTS).updateOne(reportId, { $set: { enterpriseId: 'ent_someone_else' } })
    expect(await h.call(bookConsultation, bookingInput(THU_1100, { reportId }), LIAISON)).toMatchObject({
      ok: false,
      code: 'VALIDATION_FAILED',
      issues: [{ path: ['reportId'], message: '请选择贵企业的上报' }],
    })
    // The refusal took nothing: the slot is still free.
    expect(await h.ok(bookConsultation, bookingInput(THU_1100), LIAISON)).toMatchObject({ startAt: THU_1100, reportId: null })
  })
})
