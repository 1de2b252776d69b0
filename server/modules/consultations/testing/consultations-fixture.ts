import { saveAvailability } from '../../../../types/consultations/contracts'
import { DEFAULT_AVAILABILITY, type AvailabilityRules } from '../../../../types/consultations/availability'
import type { GatewayHarness } from '../../../../tests/support/gateway-harness'
import { DEMO_AGENCY_ID, demoOpenid } from '../../../seed/demo-users'

export const LIAISON = demoOpenid('liaison')
export const EXPERT = demoOpenid('expert')
export const AGENCY = demoOpenid('agency')
export const STAFF = demoOpenid('staff')
export const VISITOR = demoOpenid('visitor')
export const AGENCY_PROVIDER = { kind: 'agency' as const, id: DEMO_AGENCY_ID }

/**
 * The harness clock starts Wednesday 2026-11-25 10:00 Shanghai. These are free slots of the demo
 * agency once `openAgency` ran (weekdays 09:00–12:00 and 14:00–17:00, one hour each).
 */
export const THU_0900 = '2026-11-26T01:00:00.000Z'
export const THU_1000 = '2026-11-26T02:00:00.000Z'
export const THU_1100 = '2026-11-26T03:00:00.000Z'
export const FRI_0900 = '2026-11-27T01:00:00.000Z'

export function agencyRules(overrides: Partial<AvailabilityRules> = {}): AvailabilityRules {
  return {
    ...DEFAULT_AVAILABILITY,
    minNoticeHours: 2,
    dailyCap: 10,
    modes: ['onsite', 'phone', 'video'],
    meetingLink: 'https://meeting.example.com/zongcheng',
    topics: ['dispute_response', 'trademark_squatting'],
    ipTypes: ['trademark', 'patent'],
    countries: ['US', 'GB'],
    ...overrides,
  }
}

/** The demo agency's account publishes its availability. */
export function openAgency(h: GatewayHarness, overrides: Partial<AvailabilityRules> = {}) {
  return h.ok(saveAvailability, { rules: agencyRules(overrides) }, AGENCY)
}

let seq = 0
export function bookingInput(startAt: string, overrides: Record<string, unknown> = {}) {
  return {
    idempotencyKey: `bk-${Date.now().toString(36)}-${++seq}`,
    provider: AGENCY_PROVIDER,
    startAt,
    mode: 'onsite',
    topic: 'dispute_response',
    questions: '美国亚马逊店铺被投诉商标侵权，想了解应诉步骤。',
    ...overrides,
  }
}
