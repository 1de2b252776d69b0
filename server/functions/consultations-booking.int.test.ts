import { bookConsultation, cancelBooking, listMyBookings, listSlots, rescheduleBooking } from '../../types/consultations/contracts'
import { SLOT_TAKEN_MESSAGE } from '../../types/consultations/schemas'
import { startHarness, type GatewayHarness } from '../../tests/support/gateway-harness'
import {
  AGENCY_PROVIDER,
  FRI_0900,
  LIAISON,
  THU_0900,
  THU_1000,
  THU_1100,
  bookingInput,
  openAgency,
  STAFF,
} from '../modules/consultations/testing/consultations-fixture'

let h: GatewayHarness
beforeEach(async () => {
  // Floods of one user's bookings test the slot claim here, not the per-user write limit (rate-limits.int.test.ts).
  h = await startHarness({ rateLimits: JSON.stringify({ write: { burst: 1000, perMinute: 1000 } }) })
})
afterEach(() => h.close())

const freeStarts = async () => (await h.ok(listSlots, { provider: AGENCY_PROVIDER, days: 7 }, LIAISON)).slots.map((s) => s.startAt)

describe('consultations: one slot, one booking', () => {
  it('200 parallel bookings of one slot give exactly one booking and 199 typed refusals', async () => {
    await openAgency(h)
    const results = await Promise.all(Array.from({ length: 200 }, () => h.call(bookConsultation, bookingInput(THU_0900), LIAISON)))
    const confirmed = results.filter((r) => r.ok)
    const refused = results.filter((r) => !r.ok)
    expect(confirmed).toHaveLength(1)
    expect(refused).toHaveLength(199)
    for (const r of refused) expect(r).toMatchObject({ ok: false, code: 'CONFLICT', message: SLOT_TAKEN_MESSAGE })
    expect(await freeStarts()).not.toContain(THU_0900)
    expect((await h.ok(listMyBookings, { scope: 'upcoming' }, LIAISON)).items.map((b) => b.startAt)).toEqual([THU_0900])
  }, 60_000)

  it('a retried request (same idempotency key) returns the same booking, also concurrently', async () => {
    await openAgency(h)
    const input = bookingInput(THU_0900)
    const results = await Promise.all(Array.from({ length: 10 }, () => h.call(bookConsultation, input, LIAISON)))
    const ids = new Set(results.flatMap((r) => (r.ok ? [r.data.bookingId] : [])))
    expect(ids.size).toBe(1)
    const again = await h.ok(bookConsultation, input, LIAISON)
    expect(ids.has(again.bookingId)).toBe(true)
    expect((await h.ok(listMyBookings, { scope: 'upcoming' }, LIAISON)).items).toHaveLength(1)
  })

  it('the provider daily cap holds under concurrent bookings of different slots', async () => {
    await openAgency(h, { dailyCap: 2 })
    const results = await Promise.all([THU_0900, THU_1000, THU_1100].map((s) => h.call(bookConsultation, bookingInput(s), LIAISON)))
    expect(results.filter((r) => r.ok)).toHaveLength(2)
    expect(results.filter((r) => !r.ok)).toEqual([expect.objectContaining({ code: 'CONFLICT', message: '该专家或机构当天的预约已满，请选择其他日期' })])
    // The refused booking gave its open-booking place back: a third (another day) still fits the limit of 3.
    expect(await h.call(bookConsultation, bookingInput(FRI_0900), LIAISON)).toMatchObject({ ok: true })
    expect((await freeStarts()).filter((s) => s.startsWith('2026-11-26'))).toEqual([])
  })

  it('an enterprise holds at most 3 open bookings, however many it requests at once', async () => {
    await openAgency(h)
    const starts = ['2026-11-26', '2026-11-27', '2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-07'].map(
      (d) => `${d}T06:00:00.000Z`,
    )
    const results = await Promise.all(starts.map((s) => h.call(bookConsultation, bookingInput(s), LIAISON)))
    expect(results.filter((r) => r.ok)).toHaveLength(3)
    for (const r of results.filter((x) => !x.ok)) expect(r).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('3 个未完成的预约') })
    // Their slots were given back: the 5 refused starts are free again.
    const free = await h.ok(listSlots, { provider: AGENCY_PROVIDER, days: 14 }, LIAISON)
    const booked = new Set(results.flatMap((r) => (r.ok ? [r.data.startAt] : [])))
    for (const s of starts.filter((x) => !booked.has(x))) expect(free.slots.map((x) => x.startAt)).toContain(s)
    // Cancelling one frees a place.
    const [first] = results.flatMap((r) => (r.ok ? [r.data] : []))
    await h.ok(cancelBooking, { bookingId: first.bookingId, reason: null }, LIAISON)
    expect(await h.call(bookConsultation, bookingInput(starts.find((s) => !booked.has(s)) ?? ''), LIAISON)).toMatchObject({ ok: true })
  })

  it('ended bookings stop counting against the open limit, once, even racing a cancellation', async () => {
    await openAgency(h)
    const booked = await Promise.all([THU_0900, THU_1000, THU_1100].map((s) => h.ok(bookConsultation, bookingInput(s), LIAISON)))
    expect(await h.call(bookConsultation, bookingInput(FRI_0900), LIAISON)).toMatchObject({ ok: false, code: 'CONFLICT' })
    h.clock.set('2026-11-26T03:30:00.000Z') // 11:30 Thursday: 09:00 and 10:00 have ended, 11:00 is under way
    const [released] = await Promise.all([
      h.runTimer('consultations', 'releaseEndedBookings'),
      h.call(cancelBooking, { bookingId: booked[0].bookingId, reason: '补录取消' }, STAFF),
      h.runTimer('consultations', 'releaseEndedBookings'),
    ])
    expect(released).toEqual({ released: expect.any(Number), abandonedClaims: 0 })
    // Two places back (09:00 and 10:00), not three or four: one more booking fits, a second does not.
    expect(await h.call(bookConsultation, bookingInput(FRI_0900), LIAISON)).toMatchObject({ ok: true })
    expect(await h.call(bookConsultation, bookingInput('2026-11-27T02:00:00.000Z'), LIAISON)).toMatchObject({ ok: true })
    expect(await h.call(bookConsultation, bookingInput('2026-11-27T03:00:00.000Z'), LIAISON)).toMatchObject({ ok: false, code: 'CONFLICT' })
  })

  it('a reschedule racing a new booking for the same slot: exactly one gets it; a failed move keeps the original', async () => {
    await openAgency(h)
    const original = await h.ok(bookConsultation, bookingInput(THU_0900), LIAISON)
    const [move, other] = await Promise.all([
      h.call(rescheduleBooking, { bookingId: original.bookingId, startAt: THU_1100 }, LIAISON),
      h.call(bookConsultation, bookingInput(THU_1100), LIAISON),
    ])
    expect([move.ok, other.ok].filter(Boolean)).toHaveLength(1)
    const loser = move.ok ? other : move
    expect(loser).toMatchObject({ ok: false, code: 'CONFLICT', message: SLOT_TAKEN_MESSAGE })
    const upcoming = (await h.ok(listMyBookings, { scope: 'upcoming' }, LIAISON)).items
    if (move.ok) {
      expect(upcoming.map((b) => b.startAt)).toEqual([THU_1100])
      expect(await freeStarts()).toContain(THU_0900) // the old slot was released after the move
    } else {
      expect(upcoming.map((b) => b.startAt).sort()).toEqual([THU_0900, THU_1100]) // original kept
    }
  })

  it('moving to another slot frees the old one; refusals are typed', async () => {
    await openAgency(h)
    const booking = await h.ok(bookConsultation, bookingInput(THU_0900), LIAISON)
    const moved = await h.ok(rescheduleBooking, { bookingId: booking.bookingId, startAt: FRI_0900 }, LIAISON)
    expect(moved).toMatchObject({ startAt: FRI_0900, version: 2, status: 'confirmed' })
    expect(moved.history.map((e) => e.action)).toEqual(['booked', 'rescheduled'])
    const free = await freeStarts()
    expect(free).toContain(THU_0900)
    expect(free).not.toContain(FRI_0900)
    // Off the grid, in the past, or inside minimum notice: not bookable.
    for (const startAt of ['2026-11-26T01:30:00.000Z', '2026-11-20T01:00:00.000Z', '2026-11-25T03:00:00.000Z']) {
      expect(await h.call(bookConsultation, bookingInput(startAt), LIAISON)).toMatchObject({ ok: false, code: 'INVALID_STATE' })
    }
    expect(await h.call(bookConsultation, bookingInput(THU_1000, { mode: 'carrier-pigeon' }), LIAISON)).toMatchObject({
      ok: false,
      code: 'VALIDATION_FAILED',
    })
    expect(await h.call(bookConsultation, bookingInput(THU_1000, { questions: '' }), LIAISON)).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' })
  })
})
