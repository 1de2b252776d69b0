import { getDashboard } from '../../types/workbench/dashboard'
import { startHarness, type GatewayHarness } from '../../tests/support/gateway-harness'
import { CONSULTATION_BOOKINGS, type BookingRecord } from '../modules/consultations/records'
import { ADMIN, STAFF } from '../modules/reports/testing/reports-fixture'
import { SALON_REGISTRATIONS, SALON_SESSIONS, type RegistrationRecord, type SessionRecord } from '../modules/salons/records'
import { bookingRecord, registrationRecord, sessionRecord } from '../modules/workbench/testing/booking-seed-records'

const NOVEMBER = { kind: 'month', year: 2026, month: 11 } as const
// Shanghai month edges: November is [Oct 31 16:00Z, Nov 30 16:00Z).
const FIRST_INSTANT = '2026-10-31T16:00:00.000Z'
const LAST_INSTANT = '2026-11-30T15:59:59.999Z'
const BEFORE = '2026-10-31T15:59:59.999Z'
const AFTER = '2026-11-30T16:00:00.000Z'

let h: GatewayHarness
beforeEach(async () => {
  h = await startHarness({ now: '2026-12-05T02:00:00.000Z' })
})
afterEach(() => h.close())

async function seedConsultations() {
  await h.store.collection<BookingRecord>(CONSULTATION_BOOKINGS).insertMany([
    bookingRecord('b1', { startAt: FIRST_INSTANT, status: 'attended', rating: 5 }),
    bookingRecord('b2', { status: 'attended', rating: 4 }),
    bookingRecord('b3', { status: 'attended', rating: 2 }),
    bookingRecord('b4', { startAt: LAST_INSTANT, status: 'attended', rating: null }),
    bookingRecord('b5', { status: 'no_show' }),
    bookingRecord('b6', { status: 'no_show' }),
    bookingRecord('b7', { status: 'cancelled', statusReason: '企业临时有事' }),
    // Still confirmed (not marked yet): counts nowhere.
    bookingRecord('b8', { status: 'confirmed' }),
    // Outside November by one millisecond either side.
    bookingRecord('b9', { startAt: BEFORE, status: 'attended', rating: 1 }),
    bookingRecord('b10', { startAt: AFTER, status: 'cancelled' }),
  ])
}

async function seedSalons() {
  await h.store.collection<SessionRecord>(SALON_SESSIONS).insertMany([
    sessionRecord('s1', { startsAt: FIRST_INSTANT }),
    sessionRecord('s2', { startsAt: LAST_INSTANT }),
    sessionRecord('s3', { status: 'cancelled', cancelReason: '讲师临时有事' }),
    sessionRecord('s4', { status: 'draft' }),
    sessionRecord('s5', { startsAt: AFTER }),
  ])
  const checked = { checkedInAt: '2026-11-12T06:05:00.000Z', checkedInBy: 'usr_staff' }
  await h.store.collection<RegistrationRecord>(SALON_REGISTRATIONS).insertMany([
    // s1: 3 confirmed, 2 checked in; a waiting one and a cancelled one do not count.
    registrationRecord('g1', 's1', checked),
    registrationRecord('g2', 's1', checked),
    registrationRecord('g3', 's1', {}),
    registrationRecord('g4', 's1', { status: 'waiting', confirmedAt: null }),
    registrationRecord('g5', 's1', { status: 'cancelled' }),
    // s2: 1 confirmed and checked in, 1 held.
    registrationRecord('g6', 's2', checked),
    registrationRecord('g7', 's2', { status: 'held', holdExpiresAt: '2026-11-30T10:00:00.000Z' }),
    // Cancelled session (void tickets), draft and December sessions are not counted.
    registrationRecord('g8', 's3', { status: 'void' }),
    registrationRecord('g9', 's5', checked),
    registrationRecord('g10', 's5', {}),
  ])
}

describe('workbench dashboard: consultation and salon tiles on known data', () => {
  it('consultations held, no-shows, cancelled and their ratings, exactly', async () => {
    await seedConsultations()
    const d = await h.ok(getDashboard, { period: NOVEMBER }, STAFF)
    expect(d.consultations).toEqual({
      held: 4,
      noShows: 2,
      cancelled: 1,
      // Ratings 5, 4, 2: two of three at 4 or above, average 11 / 3.
      ratings: { count: 3, average: 11 / 3, satisfied: 2, rate: 2 / 3 },
    })
  })

  it('salon sessions held, confirmed registrations, check-ins and attendance rate, exactly', async () => {
    await seedSalons()
    const d = await h.ok(getDashboard, { period: NOVEMBER }, STAFF)
    expect(d.salons).toEqual({ sessions: 2, registrations: 4, attended: 3, attendanceRate: 0.75 })
    const december = await h.ok(getDashboard, { period: { kind: 'month', year: 2026, month: 12 } }, STAFF)
    expect(december.salons).toEqual({ sessions: 1, registrations: 2, attended: 1, attendanceRate: 0.5 })
  })

  it('a period without bookings or salons answers zeros and nulls, never NaN', async () => {
    await seedConsultations()
    await seedSalons()
    const d = await h.ok(getDashboard, { period: { kind: 'year', year: 2021 } }, ADMIN)
    expect(d.consultations).toEqual({ held: 0, noShows: 0, cancelled: 0, ratings: { count: 0, average: null, satisfied: 0, rate: null } })
    expect(d.salons).toEqual({ sessions: 0, registrations: 0, attended: 0, attendanceRate: null })
  })
})
