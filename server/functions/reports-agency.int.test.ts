import { getAgency, setAgencyCaseHandler } from '../../types/directory/contracts'
import { acceptReport, listAssignedReports, reassignReport, submitReport } from '../../types/reports/contracts'
import { getMyProfile } from '../../types/users/contracts'
import { startHarness, type GatewayHarness } from '../../tests/support/gateway-harness'
import { LIAISON, STAFF, reportInput } from '../modules/reports/testing/reports-fixture'
import { DEMO_AGENCY_ID, demoOpenid } from '../seed/demo-users'

const AGENCY = demoOpenid('agency')

let h: GatewayHarness
beforeEach(async () => {
  h = await startHarness()
})
afterEach(() => h.close())

describe('reports: designated agencies as assignees', () => {
  it('staff reassign a report to an agency; its linked account sees it and accepts', async () => {
    const { reportId } = await h.ok(submitReport, reportInput(), LIAISON)
    const reassigned = await h.ok(reassignReport, { reportId, assignee: { kind: 'agency', id: DEMO_AGENCY_ID }, reason: '机构熟悉美国商标应诉' }, STAFF)
    expect(reassigned).toMatchObject({ status: 'assigned', assignee: { kind: 'agency', id: DEMO_AGENCY_ID, name: '许昌宗诚知识产权代理有限公司' } })
    const inbox = await h.ok(listAssignedReports, {}, AGENCY)
    expect(inbox.items.map((r) => r.reportId)).toEqual([reportId])
    expect(await h.ok(acceptReport, { reportId }, AGENCY)).toMatchObject({ status: 'in_progress' })
  })

  it('only an account holding the agency role can be linked, to one agency at a time', async () => {
    const agency = await h.ok(getAgency, { agencyId: 'agency_b1_02' }, STAFF)
    const visitor = await h.ok(getMyProfile, {}, demoOpenid('visitor'))
    const notAgency = await h.call(setAgencyCaseHandler, { agencyId: agency.agencyId, expectedRevision: agency.revision, userId: visitor.userId }, STAFF)
    expect(notAgency).toMatchObject({ ok: false, code: 'INVALID_STATE' })
    const agencyUser = await h.ok(getMyProfile, {}, AGENCY)
    const taken = await h.call(setAgencyCaseHandler, { agencyId: agency.agencyId, expectedRevision: agency.revision, userId: agencyUser.userId }, STAFF)
    expect(taken).toMatchObject({ ok: false, code: 'CONFLICT' })
    const byLiaison = await h.call(setAgencyCaseHandler, { agencyId: agency.agencyId, expectedRevision: agency.revision, userId: null }, LIAISON)
    expect(byLiaison).toMatchObject({ ok: false, code: 'FORBIDDEN' })
  })

  it('an agency without a linked account cannot be chosen', async () => {
    const { reportId } = await h.ok(submitReport, reportInput(), LIAISON)
    const result = await h.call(reassignReport, { reportId, assignee: { kind: 'agency', id: 'agency_b1_05' }, reason: '试图改派' }, STAFF)
    expect(result).toMatchObject({ ok: false, code: 'INVALID_STATE' })
  })
})
