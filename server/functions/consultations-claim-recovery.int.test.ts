import { bookConsultation as bookContract, listMyBookings, rescheduleBooking as rescheduleContract } from '../../types/consultations/contracts'
import { OPEN_BOOKING_LIMIT, SLOT_TAKEN_MESSAGE } from '../../types/consultations/schemas'
import { startHarness, type GatewayHarness } from '../../tests/support/gateway-harness'
import type { DocumentStore, TransactionScope } from '../ports/document-store'
import { bookConsultation } from '../modules/consultations/book-consultation'
import { rescheduleBooking } from '../modules/consultations/change-booking'
import { CONSULTATION_SLOT_CLAIMS, type SlotClaimRecord } from '../modules/consultations/records'
import { CLAIM_LEASE_MS } from '../modules/consultations/slot-claims'
import { FRI_0900, LIAISON, THU_0900, THU_1000, THU_1100, bookingInput, openAgency } from '../modules/consultations/testing/consultations-fixture'
import { workingCalendar } from '../modules/consultations/working-calendar'

let h: GatewayHarness
beforeEach(async () => {
  h = await startHarness({ rateLimits: JSON.stringify({ write: { burst: 1000, perMinute: 1000 } }) })
  await openAgency(h)
})
afterEach(() => h.close())

/**
 * The gateway's store, except that the transaction writing the booking first runs `beforeCommit`:
 * throwing there is a crash between the claim and the booking; awaiting something there is a call
 * that stalls past its lease.
 */
function storeWith(beforeCommit: () => Promise<void>): DocumentStore {
  const store = h.store
  return {
    collection: (name) => store.collection(name),
    runTransaction: async <R>(work: (tx: TransactionScope) => Promise<R>) => {
      await beforeCommit()
      return store.runTransaction(work)
    },
  }
}

const crash = async () => {
  throw new Error('function instance killed')
}

async function bookDirectly(store: DocumentStore, startAt: string) {
  const caller = await h.runtime.callers.resolve(LIAISON)
  const now = h.clock.now()
  return bookConsultation(store, caller, bookContract.input.parse(bookingInput(startAt)), now, await workingCalendar(h.store, now))
}

const pendingClaims = async () => (await h.store.collection<SlotClaimRecord>(CONSULTATION_SLOT_CLAIMS).find({})).filter((c) => c.leaseUntil)
const upcoming = async () => (await h.ok(listMyBookings, { scope: 'upcoming' }, LIAISON)).items.map((b) => b.startAt).sort()
const afterLease = () => h.clock.set(new Date(h.clock.now().getTime() + CLAIM_LEASE_MS + 1000).toISOString())

/** The enterprise's open-booking places are all there: exactly LIMIT - held more bookings fit. */
async function expectOpenPlacesLeft(held: number) {
  const starts = ['2026-11-30T01:00:00.000Z', '2026-12-01T01:00:00.000Z', '2026-12-02T01:00:00.000Z', '2026-12-03T01:00:00.000Z']
  const fits = OPEN_BOOKING_LIMIT - held
  for (const [i, s] of starts.slice(0, fits + 1).entries()) {
    const result = await h.call(bookContract, bookingInput(s), LIAISON)
    expect(result).toMatchObject(i < fits ? { ok: true } : { ok: false, code: 'CONFLICT', message: expect.stringContaining('个未完成的预约') })
  }
}

describe('consultations: a crash between the slot claim and the booking', () => {
  it('blocks the slot only until the lease ends; then of 20 concurrent attempts exactly one books it, and no place leaks', async () => {
    await expect(bookDirectly(storeWith(crash), THU_0900)).rejects.toThrow('function instance killed')
    expect(await pendingClaims()).toEqual([expect.objectContaining({ openTaken: true, dayTaken: true })])
    expect(await upcoming()).toEqual([])
    // Within the lease the crashed call might still be running: the slot stays taken.
    expect(await h.call(bookContract, bookingInput(THU_0900), LIAISON)).toMatchObject({ ok: false, code: 'CONFLICT', message: SLOT_TAKEN_MESSAGE })

    afterLease()
    const results = await Promise.all(Array.from({ length: 20 }, () => h.call(bookContract, bookingInput(THU_0900), LIAISON)))
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    for (const r of results.filter((x) => !x.ok)) expect(r).toMatchObject({ code: 'CONFLICT', message: SLOT_TAKEN_MESSAGE })
    expect(await upcoming()).toEqual([THU_0900])
    expect(await pendingClaims()).toEqual([])
    // The crashed call's open place came back with the takeover: two more fit, not one.
    await expectOpenPlacesLeft(1)
  }, 60_000)

  it('the consultations timer sweeps an abandoned claim after its lease and gives its places back', async () => {
    await expect(bookDirectly(storeWith(crash), THU_0900)).rejects.toThrow()
    await expect(bookDirectly(storeWith(crash), THU_1000)).rejects.toThrow()
    expect(await h.runTimer('consultations', 'releaseEndedBookings')).toEqual({ released: 0, abandonedClaims: 0 })
    afterLease()
    const sweeps = await Promise.all([h.runTimer('consultations', 'releaseEndedBookings'), h.runTimer('consultations', 'releaseEndedBookings')])
    // Two timers at once: each claim is swept (and its places returned) by exactly one of them.
    expect(sweeps.map((s) => (s as { abandonedClaims: number }).abandonedClaims).reduce((a, b) => a + b)).toBe(2)
    expect(await pendingClaims()).toEqual([])
    expect(await h.call(bookContract, bookingInput(THU_1000), LIAISON)).toMatchObject({ ok: true })
    await expectOpenPlacesLeft(1)
  }, 60_000)

  it('a call stalled past its lease writes nothing once another booking took the slot over', async () => {
    let takeover: unknown = null
    const stalled = bookDirectly(
      storeWith(async () => {
        afterLease()
        takeover = await h.call(bookContract, bookingInput(THU_0900), LIAISON)
      }),
      THU_0900,
    )
    await expect(stalled).rejects.toMatchObject({ message: SLOT_TAKEN_MESSAGE })
    expect(takeover).toMatchObject({ ok: true })
    expect(await upcoming()).toEqual([THU_0900])
    await expectOpenPlacesLeft(1)
  }, 60_000)

  it('a reschedule that crashes before moving keeps the booking where it was and frees the new slot after the lease', async () => {
    const original = await h.ok(bookContract, bookingInput(THU_0900), LIAISON)
    const caller = await h.runtime.callers.resolve(LIAISON)
    const now = h.clock.now()
    const move = rescheduleContract.input.parse({ bookingId: original.bookingId, startAt: THU_1100 })
    await expect(rescheduleBooking(storeWith(crash), caller, move, now, await workingCalendar(h.store, now))).rejects.toThrow('function instance killed')
    expect(await upcoming()).toEqual([THU_0900])
    expect(await h.call(bookContract, bookingInput(THU_1100), LIAISON)).toMatchObject({ ok: false, message: SLOT_TAKEN_MESSAGE })
    afterLease()
    expect(await h.call(bookContract, bookingInput(THU_1100), LIAISON)).toMatchObject({ ok: true })
    expect(await h.call(bookContract, bookingInput(FRI_0900), LIAISON)).toMatchObject({ ok: true })
    expect(await upcoming()).toEqual([THU_0900, THU_1100, FRI_0900].sort())
  }, 60_000)
})
