import { upsertExpert } from '../../types/experts/contracts'
import { acceptPrivacyGuide, applyForEnterprise, getMyProfile, setUserRole, updateMyProfile } from '../../types/users/contracts'
import { PRIVACY_GUIDE_VERSION } from '../../types/users/schemas'
import { demoOpenid } from '../seed/demo-users'
import { startHarness, type GatewayHarness } from '../../tests/support/gateway-harness'

const ADMIN = demoOpenid('admin')
const STAFF = demoOpenid('staff')

let h: GatewayHarness
afterEach(() => h.close())

describe('display names: normalised, and refused when invisible', () => {
  beforeEach(async () => {
    h = await startHarness()
  })

  it('stores names trimmed and in NFC, so the same name is the same text', async () => {
    const profile = await h.ok(updateMyProfile, { displayName: '  Jose\u0301 陈  ' }, 'openid-nfc')
    expect(profile.displayName).toBe('José 陈')
    expect(profile.displayName.length).toBe(6)
  })

  it.each([
    ['zero-width only', '\u200B\u200C\u200D'],
    ['word joiner and BOM', '\u2060\uFEFF张'],
    ['right-to-left override', '\u202E陈晓'],
    ['bidi isolate', '陈\u2066晓\u2069'],
    ['control character', '陈\u0007晓'],
    ['line separator', '陈\u2028晓'],
  ])('refuses a nickname with %s, with a Chinese message on the field', async (_case, displayName) => {
    const result = await h.call(updateMyProfile, { displayName }, 'openid-sneaky')
    expect(result).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' })
    const issue = result.ok ? null : result.issues?.[0]
    expect(issue?.path).toEqual(['displayName'])
    expect(issue?.message).toBe('昵称含有不可见字符或控制字符，请删除后重新输入')
  })

  it('refuses a blank nickname', async () => {
    const result = await h.call(updateMyProfile, { displayName: '   ' }, 'openid-blank')
    expect(result).toMatchObject({ ok: false, code: 'VALIDATION_FAILED', issues: [{ path: ['displayName'], message: '请填写昵称' }] })
  })

  it('applies to liaison, enterprise and expert names too', async () => {
    await h.ok(acceptPrivacyGuide, { version: PRIVACY_GUIDE_VERSION }, 'openid-applicant')
    const application = await h.call(
      applyForEnterprise,
      { enterpriseName: '许昌\u200B恒达发制品有限公司', creditCode: '91411000MA46A0B73N', industry: 'hair_products', exportMarkets: ['US'], liaisonName: '\u202E陈晓', mobile: '13800138000' },
      'openid-applicant',
    )
    const fields = application.ok ? [] : (application.issues ?? []).map((i) => i.path.join('.')).sort()
    expect(fields).toEqual(['enterpriseName', 'liaisonName'])
    const expert = await h.call(
      upsertExpert,
      { name: '周\u200D律师', title: '律师', affiliation: '测试律师事务所', ipTypes: ['trademark'], serviceTypes: ['dispute_response'], countries: ['US'], languages: ['zh'], yearsOverseasExperience: 5, photoFileId: null, intro: null, userId: null, maxOpenCases: 5 },
      STAFF,
    )
    expect(expert.ok ? [] : (expert.issues ?? []).map((i) => i.path.join('.'))).toEqual(['name'])
  })
})

describe('roles: the last administrator stays', () => {
  beforeEach(async () => {
    h = await startHarness() // no ADMIN_OPENIDS: the demo admin is the only administrator
  })

  it('the only admin cannot remove their own admin role', async () => {
    const admin = await h.ok(getMyProfile, {}, ADMIN)
    const result = await h.call(setUserRole, { userId: admin.userId, role: 'admin', granted: false }, ADMIN)
    expect(result).toMatchObject({ ok: false, code: 'INVALID_STATE' })
    expect(result.ok ? '' : result.message).toContain('最后一位管理员')
    expect((await h.ok(getMyProfile, {}, ADMIN)).roles).toContain('admin')
  })

  it('with a second admin one may step down; two admins demoting each other at once leave one', async () => {
    const admin = await h.ok(getMyProfile, {}, ADMIN)
    const staff = await h.ok(getMyProfile, {}, STAFF)
    await h.ok(setUserRole, { userId: staff.userId, role: 'admin', granted: true }, ADMIN)
    const results = await Promise.all([
      h.call(setUserRole, { userId: staff.userId, role: 'admin', granted: false }, ADMIN),
      h.call(setUserRole, { userId: admin.userId, role: 'admin', granted: false }, STAFF),
    ])
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    // The loser is refused as the last admin, or (if the winner finished first) is no admin any more.
    expect(results.filter((r) => !r.ok && ['INVALID_STATE', 'FORBIDDEN'].includes(r.code))).toHaveLength(1)
    const stillAdmin = [await h.ok(getMyProfile, {}, ADMIN), await h.ok(getMyProfile, {}, STAFF)].filter((p) => p.roles.includes('admin'))
    expect(stillAdmin).toHaveLength(1)
  })

  it('other roles are granted and revoked as before', async () => {
    const target = await h.ok(getMyProfile, {}, 'openid-future-expert')
    expect(await h.ok(setUserRole, { userId: target.userId, role: 'expert', granted: true }, ADMIN)).toEqual({ userId: target.userId, roles: ['expert'] })
    expect(await h.ok(setUserRole, { userId: target.userId, role: 'expert', granted: false }, ADMIN)).toEqual({ userId: target.userId, roles: [] })
  })
})
