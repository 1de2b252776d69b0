import { submitReport } from '../../types/reports/contracts'
import { getEnterpriseOverview } from '../../types/workbench/registry'
import { startHarness, type GatewayHarness } from '../../tests/support/gateway-harness'
import { CONSULTATION_BOOKINGS, type BookingRecord } from '../modules/consultations/records'
import { EXPERT, LIAISON, STAFF, reportInput } from '../modules/reports/testing/reports-fixture'
import { SALON_REGISTRATIONS, SALON_SESSIONS, type RegistrationRecord, type SessionRecord } from '../modules/salons/records'
import { ENTERPRISES, type EnterpriseRecord } from '../modules/users/records'
import { bookingRecord, registrationRecord, sessionRecord } from '../modules/workbench/testing/booking-seed-records'

let h: GatewayHarness
let enterpriseId: string
beforeEach(async () => {
  h = await startHarness({ now: '2026-12-05T02:00:00.000Z' })
  const [demo] = await h.store.collection<EnterpriseRecord>(ENTERPRISES).find({})
  enterpriseId = demo._id
  await h.store.collection<EnterpriseRecord>(ENTERPRISES).insert({ ...demo, _id: 'ent_other', name: '其他企业', creditCode: 'OTHER', liaisonUserIds: [] })
})
afterEach(() => h.close())

const day = (d: number, month = 11) => `2026-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}T02:00:00.000Z`

async function seedConsultations() {
  const mine = (id: string, fields: Partial<BookingRecord>) => bookingRecord(id, { enterpriseId, ...fields })
  await h.store.collection<BookingRecord>(CONSULTATION_BOOKINGS).insertMany([
    mine('c1', { startAt: day(10), status: 'attended', rating: 5 }),
    mine('c2', { startAt: day(11), status: 'attended', rating: 2 }),
    mine('c3', { startAt: day(12), status: 'attended', rating: null }),
    mine('c4', { startAt: day(13), status: 'no_show' }),
    mine('c5', { startAt: day(14), status: 'cancelled' }),
    mine('c6', { startAt: day(10, 12), status: 'confirmed', reportId: 'rep_linked' }),
    // Another enterprise's booking counts nowhere here.
    bookingRecord('o1', { enterpriseId: 'ent_other', startAt: day(10), status: 'attended', rating: 1 }),
  ])
}

async function seedSalons() {
  await h.store.collection<SessionRecord>(SALON_SESSIONS).insertMany([
    sessionRecord('s_past1', { startsAt: day(12), title: '美国商标应诉沙龙' }),
    sessionRecord('s_past2', { startsAt: day(20) }),
    sessionRecord('s_future', { startsAt: day(20, 12) }),
    sessionRecord('s_cancelled', { startsAt: day(15), status: 'cancelled' }),
  ])
  const mine = (id: string, sessionId: string, created: number, fields: Partial<RegistrationRecord>) =>
    registrationRecord(id, sessionId, { enterpriseKey: `ent:${enterpriseId}`, createdAt: day(created, 10), ...fields })
  await h.store.collection<RegistrationRecord>(SALON_REGISTRATIONS).insertMany([
    mine('g1', 's_past1', 1, { checkedInAt: day(12) }),
    mine('g2', 's_past1', 2, {}),
    mine('g3', 's_past2', 3, { checkedInAt: day(20) }),
    mine('g4', 's_past2', 4, { status: 'cancelled' }),
    mine('g5', 's_future', 5, {}),
    // Confirmed at a session that was then cancelled: it was never held.
    mine('g6', 's_cancelled', 6, {}),
    mine('g7', 's_past1', 7, { status: 'waiting' }),
    // Someone else's seat at the same session.
    registrationRecord('x1', 's_past1', { enterpriseKey: 'ent:ent_other', checkedInAt: day(12) }),
  ])
}

describe("the workbench's enterprise overview", () => {
  it('counts the enterprise’s consultations by outcome and lists them newest first', async () => {
    await seedConsultations()
    const { consultations } = await h.ok(getEnterpriseOverview, { enterpriseId }, STAFF)
    expect(consultations).toMatchObject({ total: 6, held: 3, noShows: 1, cancelled: 1, booked: 1, ratingCount: 2, ratingAverage: 3.5 })
    expect(consultations.latest.map((c) => c.bookingId)).toEqual(['c6', 'c5', 'c4', 'c3', 'c2', 'c1'])
    expect(consultations.latest[0]).toEqual({ bookingId: 'c6', providerName: '乙机构', topic: 'dispute_response', startAt: day(10, 12), status: 'confirmed', rating: null, reportId: 'rep_linked' })
  })

  it('salon attendance: confirmed seats at held sessions, check-ins, rate; upcoming seats apart; every seat listed', async () => {
    await seedSalons()
    const { salons } = await h.ok(getEnterpriseOverview, { enterpriseId }, STAFF)
    expect(salons).toMatchObject({ sessionsAttended: 2, registrations: 3, attended: 2, upcoming: 1 })
    expect(salons.attendanceRate).toBeCloseTo(2 / 3, 10)
    expect(salons.latest.map((r) => r.registrationId)).toEqual(['g7', 'g6', 'g5', 'g4', 'g3', 'g2', 'g1'])
    expect(salons.latest.at(-1)).toEqual({
      registrationId: 'g1',
      sessionId: 's_past1',
      sessionTitle: '美国商标应诉沙龙',
      startsAt: day(12),
      attendeeName: '参会人g1',
      status: 'confirmed',
      checkedIn: true,
    })
    // As time passes, the upcoming session is held and its seat joins the rate.
    h.clock.advance(20 * 24 * 3600_000)
    expect((await h.ok(getEnterpriseOverview, { enterpriseId }, STAFF)).salons).toMatchObject({ registrations: 4, attended: 2, attendanceRate: 0.5, upcoming: 0 })
  })

  it('an enterprise with nothing yet: zeros and no rates; its reports from the real flow', async () => {
    await seedConsultations()
    await seedSalons()
    const empty = await h.ok(getEnterpriseOverview, { enterpriseId: 'ent_other' }, STAFF)
    expect(empty.consultations).toMatchObject({ total: 1, held: 1, ratingCount: 1, ratingAverage: 1 })
    expect(empty.salons).toMatchObject({ registrations: 1, attended: 1, attendanceRate: 1 })
    await h.store.collection<BookingRecord>(CONSULTATION_BOOKINGS).deleteMany({ enterpriseId: 'ent_other' })
    await h.store.collection<RegistrationRecord>(SALON_REGISTRATIONS).deleteMany({ enterpriseKey: 'ent:ent_other' })
    expect(await h.ok(getEnterpriseOverview, { enterpriseId: 'ent_other' }, STAFF)).toMatchObject({
      reportTotal: 0,
      consultations: { total: 0, held: 0, ratingCount: 0, ratingAverage: null, latest: [] },
      salons: { sessionsAttended: 0, registrations: 0, attended: 0, attendanceRate: null, upcoming: 0, latest: [] },
    })
    const report = await h.ok(submitReport, reportInput(), LIAISON)
    expect(await h.ok(getEnterpriseOverview, { enterpriseId }, STAFF)).toMatchObject({ reportTotal: 1, reports: [{ reportId: report.reportId, status: report.status }] })
  })

  it('staff only, and a clear answer for an unknown enterprise', async () => {
    for (const other of [LIAISON, EXPERT]) expect(await h.call(getEnterpriseOverview, { enterpriseId }, other)).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(await h.call(getEnterpriseOverview, { enterpriseId: 'ent_missing' }, STAFF)).toMatchObject({ ok: false, code: 'NOT_FOUND', message: '没有找到该企业' })
    expect(await h.call(getEnterpriseOverview, {}, STAFF)).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' })
  })
})
