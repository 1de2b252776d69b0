import { cancelRegistration, confirmHold, getSession, getTicket, registerForSession, updateSession } from '../../types/salons/contracts'
import type { Ticket } from '../../types/salons/schemas'
import { startHarness, type GatewayHarness } from '../../tests/support/gateway-harness'
import { expectConsistentSeats, publishedSession, registration, sessionInput, STAFF } from '../modules/salons/testing/salons-fixture'

let h: GatewayHarness
beforeEach(async () => {
  h = await startHarness()
})
afterEach(() => h.close())

const person = (i: number) => `openid-attendee-${i.toString().padStart(4, '0')}`

async function registerOne(sessionId: string, openid: string, name = '参会人'): Promise<Ticket> {
  const { registrations } = await h.ok(registerForSession, registration(sessionId, [name]), openid)
  return registrations[0]!
}

describe('salons: the seat ledger under concurrency', () => {
  it('gives 1,000 simultaneous registrations for 100 seats exactly 100 seats and a 900-place line in arrival order', async () => {
    const sessionId = await publishedSession(h, { capacity: 100 })
    const results = await Promise.all(Array.from({ length: 1000 }, (_, i) => registerOne(sessionId, person(i), `参会人${i}`)))

    expect(results).toHaveLength(1000)
    expect(results.filter((t) => t.status === 'confirmed')).toHaveLength(100)
    const waiting = results.filter((t) => t.status === 'waiting')
    expect(waiting).toHaveLength(900)
    // Nothing lost: every request has exactly one distinct registration.
    expect(new Set(results.map((t) => t.registrationId)).size).toBe(1000)
    // Positions are 1..900 with no gap or duplicate.
    expect(waiting.map((t) => t.position).sort((a, b) => a! - b!)).toEqual(Array.from({ length: 900 }, (_, i) => i + 1))
    // Every confirmed ticket is signed; waiting ones have no code yet.
    expect(results.every((t) => (t.status === 'confirmed') === (t.ticketCode !== null))).toBe(true)

    const stats = await expectConsistentSeats(h, sessionId)
    expect(stats.seats).toMatchObject({ capacity: 100, confirmed: 100, held: 0, free: 0, waiting: 900 })

    // The line moves in arrival order: a freed seat goes to position 1, the next to position 2.
    const byPosition = [...waiting].sort((a, b) => a.position! - b.position!)
    const firstConfirmed = results.findIndex((t) => t.status === 'confirmed')
    await h.ok(cancelRegistration, { registrationId: results[firstConfirmed]!.registrationId }, person(firstConfirmed))
    const ownerOf = (t: Ticket) => person(results.indexOf(t))
    const first = await h.ok(getTicket, { registrationId: byPosition[0]!.registrationId }, ownerOf(byPosition[0]!))
    expect(first.status).toBe('held')
    const second = await h.ok(getTicket, { registrationId: byPosition[1]!.registrationId }, ownerOf(byPosition[1]!))
    expect(second).toMatchObject({ status: 'waiting', position: 1 })
    await expectConsistentSeats(h, sessionId)
  }, 120_000)

  it('keeps counts consistent when cancellations race each other, a promotion and people leaving the line', async () => {
    const sessionId = await publishedSession(h, { capacity: 5 })
    const seated = await Promise.all([0, 1, 2, 3, 4].map((i) => registerOne(sessionId, person(i))))
    const line = []
    for (const i of [5, 6, 7, 8, 9]) line.push(await registerOne(sessionId, person(i)))
    expect(line.map((t) => t.position)).toEqual([1, 2, 3, 4, 5])

    // Three seats freed at once while the first two in line leave it.
    const outcomes = await Promise.all([
      h.call(cancelRegistration, { registrationId: seated[0]!.registrationId }, person(0)),
      h.call(cancelRegistration, { registrationId: seated[1]!.registrationId }, person(1)),
      h.call(cancelRegistration, { registrationId: seated[2]!.registrationId }, person(2)),
      h.call(cancelRegistration, { registrationId: line[0]!.registrationId }, person(5)),
      h.call(cancelRegistration, { registrationId: line[1]!.registrationId }, person(6)),
    ])
    expect(outcomes.every((o) => o.ok)).toBe(true)
    const stats = await expectConsistentSeats(h, sessionId)
    // Each of the three freed seats is held for someone who did not leave.
    expect(stats.seats).toMatchObject({ confirmed: 2, held: 3, free: 0, waiting: 0 })
    for (const [t, i] of [[line[2]!, 7], [line[3]!, 8], [line[4]!, 9]] as const) {
      expect((await h.ok(getTicket, { registrationId: t.registrationId }, person(i))).status).toBe('held')
    }
    // Whoever left keeps no seat: they left the line, or declined the seat offered a moment before.
    for (const [t, i] of [[line[0]!, 5], [line[1]!, 6]] as const) {
      expect(['left', 'cancelled']).toContain((await h.ok(getTicket, { registrationId: t.registrationId }, person(i))).status)
    }
  })

  it('a cancellation racing the holder declining: the seat ends with the next in line, counted once', async () => {
    const sessionId = await publishedSession(h, { capacity: 1 })
    const seat = await registerOne(sessionId, person(0))
    const a = await registerOne(sessionId, person(1))
    const b = await registerOne(sessionId, person(2))
    await h.ok(cancelRegistration, { registrationId: seat.registrationId }, person(0))
    expect((await h.ok(getTicket, { registrationId: a.registrationId }, person(1))).status).toBe('held')
    // The holder declines twice at once (double tap) while B leaves and rejoins nothing.
    const declines = await Promise.all([
      h.call(cancelRegistration, { registrationId: a.registrationId }, person(1)),
      h.call(cancelRegistration, { registrationId: a.registrationId }, person(1)),
    ])
    expect(declines.every((d) => d.ok)).toBe(true)
    expect((await h.ok(getTicket, { registrationId: b.registrationId }, person(2))).status).toBe('held')
    const stats = await expectConsistentSeats(h, sessionId)
    expect(stats.seats).toMatchObject({ confirmed: 0, held: 1, free: 0, waiting: 0 })
  })

  it('a hold expires through the timer and passes to the next; the late holder cannot confirm', async () => {
    const sessionId = await publishedSession(h, { capacity: 1 })
    const seat = await registerOne(sessionId, person(0))
    const a = await registerOne(sessionId, person(1))
    const b = await registerOne(sessionId, person(2))
    await h.ok(cancelRegistration, { registrationId: seat.registrationId }, person(0))
    const offered = await h.ok(getTicket, { registrationId: a.registrationId }, person(1))
    // Three days before the start: a 24-hour hold.
    expect(offered).toMatchObject({ status: 'held', holdExpiresAt: '2026-11-26T02:00:00.000Z' })

    h.clock.set('2026-11-26T02:00:00.000Z')
    // The holder confirms at the same moment the timer runs: exactly one of them wins.
    const [confirm, timer] = await Promise.all([h.call(confirmHold, { registrationId: a.registrationId }, person(1)), h.runTimer('salons', 'expireHolds')])
    expect(confirm).toMatchObject({ ok: false, code: 'HOLD_EXPIRED', message: '保留时间已过，席位已让给下一位候补者' })
    expect(timer).toEqual({ expired: 1, offered: 1 })
    expect((await h.ok(getTicket, { registrationId: a.registrationId }, person(1))).status).toBe('expired')
    // B gets a fresh 24-hour hold (the start is still two days away).
    expect(await h.ok(getTicket, { registrationId: b.registrationId }, person(2))).toMatchObject({ status: 'held', holdExpiresAt: '2026-11-27T02:00:00.000Z' })
    await expectConsistentSeats(h, sessionId)

    // B confirms in time: the seat is confirmed and the ticket is signed.
    h.clock.set('2026-11-27T01:59:00.000Z')
    const [confirmB, timerAgain] = await Promise.all([h.call(confirmHold, { registrationId: b.registrationId }, person(2)), h.runTimer('salons', 'expireHolds')])
    expect(confirmB.ok && confirmB.data.status).toBe('confirmed')
    expect(confirmB.ok && confirmB.data.ticketCode).toMatch(/^SALON1\./)
    expect(timerAgain).toEqual({ expired: 0, offered: 0 })
    const stats = await expectConsistentSeats(h, sessionId)
    expect(stats.seats).toMatchObject({ confirmed: 1, held: 0, free: 0, waiting: 0 })
  })

  it('a double-tapped registration (same request key) is one registration', async () => {
    const sessionId = await publishedSession(h, { capacity: 10 })
    const input = registration(sessionId, ['王五'])
    const [one, two] = await Promise.all([h.ok(registerForSession, input, person(1)), h.ok(registerForSession, input, person(1))])
    expect(one.registrations[0]!.registrationId).toBe(two.registrations[0]!.registrationId)
    const detail = await h.ok(getSession, { sessionId }, person(1))
    expect(detail.myRegistrations).toHaveLength(1)
    expect(detail.seatsLeft).toBe(9)
    await expectConsistentSeats(h, sessionId)
  })

  it('refuses to shrink capacity below the seats taken; added seats go to the line in order', async () => {
    const sessionId = await publishedSession(h, { capacity: 2 })
    await registerOne(sessionId, person(0))
    await registerOne(sessionId, person(1))
    const first = await registerOne(sessionId, person(2))
    const second = await registerOne(sessionId, person(3))
    expect(await h.call(updateSession, { sessionId, ...sessionInput({ capacity: 1 }) }, STAFF)).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      message: '已有 2 人占用席位，名额不能少于此数',
    })
    await h.ok(updateSession, { sessionId, ...sessionInput({ capacity: 3 }) }, STAFF)
    expect((await h.ok(getTicket, { registrationId: first.registrationId }, person(2))).status).toBe('held')
    expect(await h.ok(getTicket, { registrationId: second.registrationId }, person(3))).toMatchObject({ status: 'waiting', position: 1 })
    const stats = await expectConsistentSeats(h, sessionId)
    expect(stats.seats).toMatchObject({ capacity: 3, confirmed: 2, held: 1, free: 0, waiting: 1 })
  })

  it('holds an offered seat for 2 hours when the session starts within a day, then the timer passes it on', async () => {
    // Starts 20 hours after the harness's now (2026-11-25T02:00Z).
    const sessionId = await publishedSession(h, {
      capacity: 1,
      startsAt: '2026-11-25T22:00:00.000Z',
      endsAt: '2026-11-26T00:00:00.000Z',
      registrationClosesAt: '2026-11-25T21:00:00.000Z',
    })
    const seat = await registerOne(sessionId, person(0))
    const a = await registerOne(sessionId, person(1))
    const b = await registerOne(sessionId, person(2))
    await h.ok(cancelRegistration, { registrationId: seat.registrationId }, person(0))
    expect(await h.ok(getTicket, { registrationId: a.registrationId }, person(1))).toMatchObject({ status: 'held', holdExpiresAt: '2026-11-25T04:00:00.000Z' })
    h.clock.set('2026-11-25T03:59:59.000Z')
    expect(await h.runTimer('salons', 'expireHolds')).toEqual({ expired: 0, offered: 0 })
    h.clock.set('2026-11-25T04:00:00.000Z')
    expect(await h.runTimer('salons', 'expireHolds')).toEqual({ expired: 1, offered: 1 })
    expect(await h.ok(getTicket, { registrationId: b.registrationId }, person(2))).toMatchObject({ status: 'held', holdExpiresAt: '2026-11-25T06:00:00.000Z' })
    await expectConsistentSeats(h, sessionId)
  })
})
