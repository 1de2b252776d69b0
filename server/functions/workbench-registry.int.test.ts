import { getReport, listMyReports, submitReport } from '../../types/reports/contracts'
import { acceptPrivacyGuide, applyForEnterprise, getMyProfile, reviewApplication, updateMyProfile } from '../../types/users/contracts'
import { PRIVACY_GUIDE_VERSION } from '../../types/users/schemas'
import { createInvitation, redeemInvitation } from '../../types/workbench/invitations'
import { getEnterpriseOverview, listEnterprises, revokeLiaison, updateRegistryEntry } from '../../types/workbench/registry'
import { startHarness, type GatewayHarness } from '../../tests/support/gateway-harness'
import { ENTERPRISES, type EnterpriseRecord } from '../modules/users/records'
import { ADMIN, EXPERT, LIAISON, STAFF, reportInput } from '../modules/reports/testing/reports-fixture'

let h: GatewayHarness
let enterpriseId: string
beforeEach(async () => {
  h = await startHarness()
  const [demo] = await h.store.collection<EnterpriseRecord>(ENTERPRISES).find({})
  enterpriseId = demo._id
  // A second, ordinary enterprise without liaisons.
  await h.store.collection<EnterpriseRecord>(ENTERPRISES).insert({ ...demo, _id: 'ent_other', name: '其他企业', creditCode: 'OTHER', liaisonUserIds: [], verifiedAt: '2026-01-01T00:00:00.000Z' })
})
afterEach(() => h.close())

describe('liaison registry', () => {
  it('lists enterprises with liaisons; flags a key enterprise and sets its district; filters by the flag', async () => {
    const all = await h.ok(listEnterprises, {}, STAFF)
    expect(all.total).toBe(2)
    const demo = all.items.find((e) => e.enterpriseId === enterpriseId)
    expect(demo).toMatchObject({ keyEnterprise: false, district: null, status: 'active', liaisons: [{ name: '王联络', fromApplication: true }] })
    expect(all.items.find((e) => e.enterpriseId === 'ent_other')).toMatchObject({ status: 'no_liaison', liaisons: [] })

    expect(await h.ok(updateRegistryEntry, { enterpriseId, keyEnterprise: true, district: '长葛市' }, STAFF)).toMatchObject({ keyEnterprise: true, district: '长葛市' })
    const key = await h.ok(listEnterprises, { keyOnly: true }, STAFF)
    expect(key.items.map((e) => e.enterpriseId)).toEqual([enterpriseId])
    expect((await h.ok(listEnterprises, { district: '长葛市' }, ADMIN)).total).toBe(1)
    // Reports submitted afterwards carry the district the dashboard groups by.
    const report = await h.ok(submitReport, reportInput(), LIAISON)
    const overview = await h.ok(getEnterpriseOverview, { enterpriseId }, STAFF)
    expect(overview).toMatchObject({ reportTotal: 1, reports: [{ reportId: report.reportId }] })
    expect(await h.call(updateRegistryEntry, { enterpriseId }, STAFF)).toMatchObject({ ok: false, code: 'VALIDATION_FAILED', message: '没有需要修改的内容' })
  })

  it('revoking a liaison ends access at once: the next call is refused, the reports stay with the enterprise', async () => {
    const { reportId } = await h.ok(submitReport, reportInput(), LIAISON)
    const { userId } = await h.ok(getMyProfile, {}, LIAISON)
    const after = await h.ok(revokeLiaison, { enterpriseId, userId, reason: '已离职' }, STAFF)
    expect(after).toMatchObject({ status: 'no_liaison', liaisons: [] })

    expect(await h.call(listMyReports, {}, LIAISON)).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(await h.call(submitReport, reportInput(), LIAISON)).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(await h.call(getReport, { reportId }, LIAISON)).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    expect((await h.ok(getMyProfile, {}, LIAISON)).roles).not.toContain('liaison')
    expect((await h.ok(getEnterpriseOverview, { enterpriseId }, STAFF)).reportTotal).toBe(1)
    // A second revoke explains itself.
    expect(await h.call(revokeLiaison, { enterpriseId, userId, reason: '重复' }, STAFF)).toMatchObject({ ok: false, code: 'INVALID_STATE' })
  })

  it('transfers an enterprise to a new liaison by a one-time invitation: the new one sees the reports, the old one is out', async () => {
    const { reportId } = await h.ok(submitReport, reportInput(), LIAISON)
    const old = await h.ok(getMyProfile, {}, LIAISON)
    const invitation = await h.ok(createInvitation, { role: 'liaison', enterpriseId, replaceUserId: old.userId }, STAFF)
    expect(invitation.code).toMatch(/^[A-HJ-NP-Z2-9]{8}$/)
    expect(invitation.page).toBe(`packages/workbench/redeem/index?code=${invitation.code}`)

    expect(await h.ok(redeemInvitation, { code: invitation.code.toLowerCase() }, 'openid-new-liaison')).toEqual({ role: 'liaison', enterpriseName: '许昌瑞发发制品有限公司' })
    expect((await h.ok(getReport, { reportId }, 'openid-new-liaison')).reportId).toBe(reportId)
    expect(await h.call(getReport, { reportId }, LIAISON)).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    const entry = (await h.ok(listEnterprises, {}, STAFF)).items.find((e) => e.enterpriseId === enterpriseId)
    expect(entry?.liaisons.map((l) => l.userId)).toEqual([(await h.ok(getMyProfile, {}, 'openid-new-liaison')).userId])
  })
})

describe('liaison names', () => {
  it('shows the name typed on the application, not the WeChat nickname; invited liaisons show their nickname, marked', async () => {
    const applicant = 'openid-applicant'
    await h.ok(acceptPrivacyGuide, { version: PRIVACY_GUIDE_VERSION }, applicant)
    await h.ok(updateMyProfile, { displayName: '晓晓的微信' }, applicant)
    const application = await h.ok(
      applyForEnterprise,
      { enterpriseName: '许昌恒达发制品有限公司', creditCode: '91411000MA46A0B73N', industry: 'hair_products', exportMarkets: ['US'], liaisonName: '陈晓', mobile: '13800138000' },
      applicant,
    )
    await h.ok(reviewApplication, { applicationId: application.applicationId, decision: 'approve' }, STAFF)
    // Changing the nickname afterwards changes nothing in the registry.
    await h.ok(updateMyProfile, { displayName: '改了昵称' }, applicant)
    const { userId } = await h.ok(getMyProfile, {}, applicant)
    const entryOf = async (name: string) => (await h.ok(listEnterprises, {}, STAFF)).items.find((e) => e.name === name)
    expect((await entryOf('许昌恒达发制品有限公司'))?.liaisons).toEqual([{ userId, name: '陈晓', fromApplication: true }])

    // A liaison who came by invitation typed no application: the nickname, flagged as one.
    const { code } = await h.ok(createInvitation, { role: 'liaison', enterpriseId: 'ent_other', replaceUserId: null }, STAFF)
    await h.ok(updateMyProfile, { displayName: '赵六' }, 'openid-invited')
    await h.ok(redeemInvitation, { code }, 'openid-invited')
    const invited = await h.ok(getMyProfile, {}, 'openid-invited')
    expect((await entryOf('其他企业'))?.liaisons).toEqual([{ userId: invited.userId, name: '赵六', fromApplication: false }])
  })
})

describe('invitations', () => {
  it('a code is redeemed once, even by two people at the same moment', async () => {
    const { code } = await h.ok(createInvitation, { role: 'expert' }, STAFF)
    const people = ['openid-p1', 'openid-p2', 'openid-p3']
    const results = await Promise.all(people.map((p) => h.call(redeemInvitation, { code }, p)))
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    for (const r of results.filter((x) => !x.ok)) expect(r).toMatchObject({ ok: false, code: 'INVALID_STATE', message: '该邀请码已被使用' })
    const roles = await Promise.all(people.map(async (p) => (await h.ok(getMyProfile, {}, p)).roles))
    expect(roles.filter((r) => r.includes('expert'))).toHaveLength(1)
  })

  it('expires, is never self-redeemed, never grants staff, and explains bad codes in Chinese', async () => {
    const { code } = await h.ok(createInvitation, { role: 'agency', validDays: 1 }, STAFF)
    expect(await h.call(redeemInvitation, { code }, STAFF)).toMatchObject({ ok: false, code: 'FORBIDDEN', message: '不能使用自己生成的邀请码' })
    h.clock.advance(24 * 3600_000)
    expect(await h.call(redeemInvitation, { code }, 'openid-late')).toMatchObject({ ok: false, code: 'INVALID_STATE', message: '该邀请码已过期，请联系工作人员重新邀请' })
    expect(await h.call(redeemInvitation, { code: 'ABCDEFGH' }, 'openid-late')).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    expect(await h.call(redeemInvitation, { code: '12' }, 'openid-late')).toMatchObject({ ok: false, code: 'VALIDATION_FAILED', message: '邀请码应为 8 位字母或数字' })
    expect(await h.call(createInvitation, { role: 'staff' }, ADMIN)).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' })
    expect(await h.call(createInvitation, { role: 'expert' }, EXPERT)).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(await h.call(createInvitation, { role: 'expert' }, LIAISON)).toMatchObject({ ok: false, code: 'FORBIDDEN' })
  })
})
