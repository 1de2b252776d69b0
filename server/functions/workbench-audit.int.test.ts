import { acceptReport, reassignReport, submitReport } from '../../types/reports/contracts'
import { getMyProfile, setUserRole } from '../../types/users/contracts'
import { listAuditLog, openWorkbench } from '../../types/workbench/audit'
import { startHarness, type GatewayHarness } from '../../tests/support/gateway-harness'
import { addMatchingExpert, ADMIN, EXPERT, LIAISON, STAFF, reportInput } from '../modules/reports/testing/reports-fixture'

let h: GatewayHarness
beforeEach(async () => {
  h = await startHarness()
})
afterEach(() => h.close())

describe('audit log: real write paths and sign-ins', () => {
  it('records who did what to which record and when; the liaison leaves nothing; filters by person, record and date', async () => {
    const { reportId } = await h.ok(submitReport, reportInput(), LIAISON)
    h.clock.advance(3600_000)
    await h.ok(acceptReport, { reportId }, EXPERT)
    const second = await addMatchingExpert(h, 'openid-expert-2', '周律师')
    h.clock.set('2026-11-27T02:00:00.000Z')
    await h.ok(reassignReport, { reportId, assignee: { kind: 'expert', id: second.expertId }, reason: '原专家出差' }, STAFF)

    const staffId = (await h.ok(getMyProfile, {}, STAFF)).userId
    const expertId = (await h.ok(getMyProfile, {}, EXPERT)).userId
    const liaisonId = (await h.ok(getMyProfile, {}, LIAISON)).userId

    const all = await h.ok(listAuditLog, { pageSize: 50 }, STAFF)
    const actions = all.items.map((e) => `${e.functionName}.${e.action}`)
    expect(actions).toEqual(expect.arrayContaining(['reports.acceptReport', 'reports.reassignReport', 'users.setUserRole', 'directory.upsertExpert']))
    expect(all.items.some((e) => e.actorUserId === liaisonId)).toBe(false)
    // Newest first.
    expect(all.items.map((e) => e.at)).toEqual([...all.items.map((e) => e.at)].sort().reverse())

    const accept = all.items.find((e) => e.action === 'acceptReport')
    expect(accept).toMatchObject({ kind: 'write', actorUserId: expertId, actorName: '李专家', actorRoles: ['expert'], outcome: 'ok', at: '2026-11-25T03:00:00.000Z' })
    expect(accept?.records).toContain(`reports/${reportId}`)

    const byRecord = await h.ok(listAuditLog, { recordId: reportId }, ADMIN)
    expect(byRecord.items.map((e) => e.action).sort()).toEqual(['acceptReport', 'reassignReport'])
    const byStaff = await h.ok(listAuditLog, { actorUserId: staffId }, STAFF)
    expect(byStaff.items.map((e) => e.action)).toEqual(['reassignReport', 'upsertExpert'])
    const onThe27th = await h.ok(listAuditLog, { from: '2026-11-27', to: '2026-11-27' }, STAFF)
    expect(onThe27th.items.map((e) => e.action)).toEqual(['reassignReport'])
    expect(onThe27th.total).toBe(1)
  })

  it('a sign-in to a staff role is recorded (gateway sign-in and entering the workbench); a visitor sign-in is not', async () => {
    h.clock.set('2026-11-28T01:00:00.000Z')
    expect((await h.post('/api/dev/sign-in', JSON.stringify({ key: 'staff' }))).status).toBe(200)
    expect((await h.post('/api/dev/sign-in', JSON.stringify({ key: 'visitor' }))).status).toBe(200)
    await h.ok(openWorkbench, {}, ADMIN)
    const signIns = (await h.ok(listAuditLog, { from: '2026-11-28', to: '2026-11-28' }, ADMIN)).items.filter((e) => e.kind === 'sign_in')
    expect(signIns.map((e) => [e.actorName, e.action])).toEqual(expect.arrayContaining([['张科员（市场监管局）', 'dev-sign-in'], ['管理员', 'workbench']]))
    expect(signIns).toHaveLength(2)
  })

  it('refuses the log to everyone but staff and admins, and a reversed range in Chinese', async () => {
    for (const who of [LIAISON, EXPERT, 'openid-visitor']) expect(await h.call(listAuditLog, {}, who)).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(await h.call(openWorkbench, {}, EXPERT)).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(await h.call(listAuditLog, { from: '2026-11-28', to: '2026-11-01' }, STAFF)).toMatchObject({ ok: false, code: 'VALIDATION_FAILED', message: '开始日期不能晚于结束日期' })
  })

  it('granting a role is audited against the user record', async () => {
    const { userId } = await h.ok(getMyProfile, {}, 'openid-new-person')
    await h.ok(setUserRole, { userId, role: 'agency', granted: true }, ADMIN)
    const entries = await h.ok(listAuditLog, { recordId: userId }, STAFF)
    expect(entries.items).toEqual([expect.objectContaining({ action: 'setUserRole', actorName: '管理员', records: expect.arrayContaining([`users/${userId}`]) })])
  })
})
