import { listMyMessages } from '../../types/messaging/contracts'
import { getAgency, searchAgencies } from '../../types/directory/contracts'
import { getExpert, searchExperts } from '../../types/experts/contracts'
import { getReport, submitReport } from '../../types/reports/contracts'
import { startHarness, type GatewayHarness } from '../../tests/support/gateway-harness'
import { DEMO_EXPERT_ID, EXPERT, LIAISON, STAFF, reportInput } from '../modules/reports/testing/reports-fixture'

// Fields that say how the service is run, never shown (with a value) outside the bureau.
const INTERNAL_KEY = /^(userId|maxOpenCases|statusReason|openid|caseHandlerUserId)$/
const VISITOR = 'openid-visitor'

let h: GatewayHarness
beforeAll(async () => {
  h = await startHarness()
})
afterAll(() => h.close())

function internalKeys(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(internalKeys)
  if (typeof value !== 'object' || value === null) return []
  return Object.entries(value).flatMap(([key, inner]) => [...(INTERNAL_KEY.test(key) && inner !== null ? [key] : []), ...internalKeys(inner)])
}

describe('public views carry only public fields', () => {
  it('expert detail: a visitor sees no linked account, capacity or status note; staff do', async () => {
    const visitor = await h.ok(getExpert, { expertId: DEMO_EXPERT_ID }, VISITOR)
    expect(internalKeys(visitor)).toEqual([])
    expect(visitor.name).toBeTruthy()
    const staff = await h.ok(getExpert, { expertId: DEMO_EXPERT_ID }, STAFF)
    expect(staff).toMatchObject({ userId: expect.any(String), maxOpenCases: expect.any(Number) })
  })

  it('expert list', async () => {
    const page = await h.ok(searchExperts, {}, VISITOR)
    expect(page.items.length).toBeGreaterThan(0)
    expect(internalKeys(page)).toEqual([])
  })

  it('agency list and detail', async () => {
    const page = await h.ok(searchAgencies, {}, VISITOR)
    expect(page.items.length).toBe(17)
    expect(internalKeys(page)).toEqual([])
    const detail = await h.ok(getAgency, { agencyId: page.items[0].agencyId }, VISITOR)
    expect(internalKeys(detail)).toEqual([])
  })

  it('report timeline: the enterprise reads 已分派给 X; staff read why; nobody else sees user ids', async () => {
    const report = await h.ok(submitReport, reportInput(), LIAISON)
    const byEnterprise = await h.ok(getReport, { reportId: report.reportId }, LIAISON)
    const assigned = byEnterprise.timeline.find((e) => e.type === 'assigned')
    expect(assigned?.text).toBe(`已分派给${byEnterprise.assignee?.name}`)
    for (const event of byEnterprise.timeline) {
      expect(event.text ?? '').not.toMatch(/在办|匹配|负荷|轮转|expert:|agency:|u_[0-9a-f]/)
      if (event.actorUserId !== null) expect(event.actorRole).toBe('enterprise')
    }
    const byAssignee = await h.ok(getReport, { reportId: report.reportId }, EXPERT)
    expect(byAssignee.timeline.find((e) => e.type === 'assigned')?.text).toBe(assigned?.text)

    const byStaff = await h.ok(getReport, { reportId: report.reportId }, STAFF)
    expect(byStaff.timeline.find((e) => e.type === 'assigned')?.text).toMatch(/^自动分派：匹配 \d+ 位/)

    // The notice in the enterprise's message center says who, not why.
    await h.runTimer('dispatcher', 'dispatchDue')
    const inbox = await h.ok(listMyMessages, {}, LIAISON)
    const notice = inbox.items.find((m) => m.sourceId === report.reportId)
    expect(notice?.summary).toBe(`已分派给${byEnterprise.assignee?.name}`)
  })
})
