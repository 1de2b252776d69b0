import { createSession, getSessionStats, publishSession } from '../../../../types/salons/contracts'
import type { GatewayHarness } from '../../../../tests/support/gateway-harness'
import { demoOpenid } from '../../../seed/demo-users'

export const STAFF = demoOpenid('staff')
export const LIAISON = demoOpenid('liaison')
export const VISITOR = 'openid-salon-visitor'

/** The harness starts at 2026-11-25T02:00Z (Wed 10:00 Shanghai); the session is Saturday morning. */
export function sessionInput(overrides: Record<string, unknown> = {}) {
  return {
    title: '美国商标维权实务沙龙',
    topic: 'dispute_response',
    description: '讲解亚马逊商标投诉的应对与申诉。',
    speakers: [{ expertId: null, name: '林知远' }],
    coverFileId: null,
    startsAt: '2026-11-28T01:30:00.000Z',
    endsAt: '2026-11-28T04:00:00.000Z',
    place: { name: '许昌市市场监督管理局三楼会议室', address: '许昌市魏都区建安大道 1 号', latitude: 34.0357, longitude: 113.8523 },
    onlineUrl: null,
    capacity: 100,
    perEnterpriseLimit: 2,
    registrationOpensAt: '2026-11-20T00:00:00.000Z',
    registrationClosesAt: '2026-11-27T16:00:00.000Z',
    cancelCutoffHours: 2,
    audience: 'everyone',
    questions: [{ questionId: 'q1', text: '主要出口市场', required: true }],
    ...overrides,
  }
}

export async function publishedSession(h: GatewayHarness, overrides: Record<string, unknown> = {}): Promise<string> {
  const { sessionId } = await h.ok(createSession, sessionInput(overrides), STAFF)
  await h.ok(publishSession, { sessionId }, STAFF)
  return sessionId
}

let keySeq = 0
export function registration(sessionId: string, names: string[] = ['张三'], overrides: Record<string, unknown> = {}) {
  keySeq += 1
  return {
    sessionId,
    requestKey: `req-${process.pid}-${keySeq.toString().padStart(6, '0')}`,
    attendees: names.map((name) => ({ name })),
    answers: [{ questionId: 'q1', answer: '美国' }],
    ...overrides,
  }
}

/**
 * The invariant after every race: the ledger partitions capacity, and its confirmed and held
 * counts equal the registrations in those states (counted from the registrations themselves).
 */
export async function expectConsistentSeats(h: GatewayHarness, sessionId: string) {
  const stats = await h.ok(getSessionStats, { sessionId }, STAFF)
  const { capacity, confirmed, held, free } = stats.seats
  expect(confirmed + held + free).toBe(capacity)
  expect(Math.min(confirmed, held, free)).toBeGreaterThanOrEqual(0)
  expect(stats.registrations).toBe(confirmed)
  expect(stats.holding).toBe(held)
  // Nobody waits while a seat is free: whoever freed it or joined the line offered it on.
  if (stats.seats.waiting > 0) expect(free).toBe(0)
  return stats
}
