import { upsertExpert } from '../../../../types/experts/contracts'
import { getMyProfile, setUserRole } from '../../../../types/users/contracts'
import type { GatewayHarness } from '../../../../tests/support/gateway-harness'
import { demoOpenid } from '../../../seed/demo-users'

export const LIAISON = demoOpenid('liaison')
export const EXPERT = demoOpenid('expert')
export const AGENCY = demoOpenid('agency')
export const STAFF = demoOpenid('staff')
export const ADMIN = demoOpenid('admin')
/** The demo expert record linked to the demo expert account (dispute response, US/CA, trademark). */
export const DEMO_EXPERT_ID = 'demo_expert_01'

let keySeq = 0
export function newKey(): string {
  return `key-${Date.now().toString(36)}-${++keySeq}`
}

/** A report the demo expert matches: dispute response, trademark, the US. */
export function reportInput(overrides: Record<string, unknown> = {}) {
  return {
    idempotencyKey: newKey(),
    serviceType: 'dispute_response',
    ipType: 'trademark',
    countries: ['US'],
    industry: 'hair_products',
    counterpart: 'Acme Hair LLC',
    deadline: '2026-12-20',
    urgency: 'urgent',
    description: '我司在美国亚马逊店铺被投诉商标侵权，链接已被下架，需要应诉指导。',
    attachments: [],
    ...overrides,
  }
}

/** A second expert account with the same skills as the demo expert, linked to a new expert record. */
export async function addMatchingExpert(h: GatewayHarness, openid: string, name: string): Promise<{ userId: string; expertId: string }> {
  const { userId } = await h.ok(getMyProfile, {}, openid)
  await h.ok(setUserRole, { userId, role: 'expert', granted: true }, ADMIN)
  const expert = await h.ok(
    upsertExpert,
    {
      name,
      title: '律师',
      affiliation: '测试律师事务所',
      ipTypes: ['trademark'],
      serviceTypes: ['dispute_response'],
      countries: ['US'],
      languages: ['zh', 'en'],
      yearsOverseasExperience: 5,
      photoFileId: null,
      intro: null,
      userId,
      maxOpenCases: 5,
    },
    STAFF,
  )
  return { userId, expertId: expert.expertId }
}
