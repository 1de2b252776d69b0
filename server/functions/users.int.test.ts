import {
  acceptPrivacyGuide,
  applyForEnterprise,
  getApplication,
  getMyProfile,
  listApplications,
  listMyApplications,
  reviewApplication,
  setUserRole,
} from '../../types/users/contracts'
import { listMyMessages } from '../../types/messaging/contracts'
import { PRIVACY_GUIDE_VERSION } from '../../types/users/schemas'
import { demoOpenid } from '../seed/demo-users'
import { startHarness, type GatewayHarness } from '../../tests/support/gateway-harness'

const STAFF = demoOpenid('staff')
const LIAISON = demoOpenid('liaison')
const BOOTSTRAP_ADMIN = 'openid-bootstrap-admin'

const validApplication = {
  enterpriseName: '许昌恒达发制品有限公司',
  creditCode: '91411000ma46a0b73n', // lower case on purpose: normalised to upper case
  industry: 'hair_products',
  exportMarkets: ['US', 'NG'],
  liaisonName: '陈晓',
  mobile: '138 0013 8000',
}

let h: GatewayHarness
let seq = 0
/** A fresh user who has agreed to the privacy guide. */
async function consentingUser(): Promise<string> {
  const openid = `openid-user-${++seq}`
  await h.ok(acceptPrivacyGuide, { version: PRIVACY_GUIDE_VERSION }, openid)
  return openid
}

beforeEach(async () => {
  h = await startHarness({ adminOpenids: [BOOTSTRAP_ADMIN], backgroundTimers: false })
})
afterEach(() => h.close())

describe('users: identity and profile', () => {
  it('refuses callers without a session, and forged sessions', async () => {
    expect(await h.call(getMyProfile, {}, null)).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' })
    const forged = await h.post('/api/functions/users', JSON.stringify({ action: 'getMyProfile', data: {} }), {
      authorization: `Bearer ${h.tokenFor('someone')}x`,
    })
    expect(forged.json).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' })
  })

  it('creates the user on first call, with no roles and consent still required', async () => {
    const profile = await h.ok(getMyProfile, {}, 'openid-new')
    expect(profile).toMatchObject({ roles: [], privacyConsent: null, privacyConsentRequired: true, enterprise: null, latestApplication: null })
    expect(profile.userId).toMatch(/^u_[0-9a-f]{24}$/)
    expect(profile.userId).not.toContain('openid-new')
  })

  it('records privacy consent with the instant, and refuses a stale guide version', async () => {
    const stale = await h.call(acceptPrivacyGuide, { version: '2020-01' }, 'openid-a')
    expect(stale).toMatchObject({ ok: false, code: 'INVALID_STATE' })
    const profile = await h.ok(acceptPrivacyGuide, { version: PRIVACY_GUIDE_VERSION }, 'openid-a')
    expect(profile.privacyConsent).toEqual({ version: PRIVACY_GUIDE_VERSION, at: '2026-11-25T02:00:00.000Z' })
    expect(profile.privacyConsentRequired).toBe(false)
  })

  it('never takes identity or roles from the payload', async () => {
    const profile = await h.ok(getMyProfile, { openid: STAFF, roles: ['admin'] }, 'openid-plain')
    expect(profile.roles).toEqual([])
    const listing = await h.call(listApplications, { roles: ['staff'] }, 'openid-plain')
    expect(listing).toMatchObject({ ok: false, code: 'FORBIDDEN' })
  })

  it('answers typed errors for unknown actions, unknown functions and malformed requests', async () => {
    const unknownAction = await h.post('/api/functions/users', JSON.stringify({ action: 'dropDatabase' }), {
      authorization: `Bearer ${h.tokenFor('x')}`,
    })
    expect(unknownAction.json).toMatchObject({ ok: false, code: 'UNKNOWN_ACTION' })
    const unknownFunction = await h.post('/api/functions/nope', JSON.stringify({ action: 'x' }))
    expect(unknownFunction).toMatchObject({ status: 404, json: { ok: false, code: 'UNKNOWN_FUNCTION' } })
    const badJson = await h.post('/api/functions/users', '{not json')
    expect(badJson).toMatchObject({ status: 400, json: { ok: false, code: 'VALIDATION_FAILED' } })
    const noAction = await h.post('/api/functions/users', JSON.stringify({ data: {} }))
    expect(noAction.json).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' })
    const huge = await h.post('/api/functions/users', JSON.stringify({ action: 'getMyProfile', data: { x: 'x'.repeat(1_100_000) } }))
    expect(huge).toMatchObject({ status: 413, json: { ok: false, code: 'VALIDATION_FAILED' } })
  })
})

describe('users: enterprise application', () => {
  it('requires privacy consent before collecting enterprise data', async () => {
    const result = await h.call(applyForEnterprise, validApplication, 'openid-no-consent')
    expect(result).toMatchObject({ ok: false, code: 'PRIVACY_CONSENT_REQUIRED' })
    expect(await h.ok(listMyApplications, {}, 'openid-no-consent')).toEqual([])
  })

  it('validates every field with a Chinese message per field, and stores nothing', async () => {
    const user = await consentingUser()
    const result = await h.call(
      applyForEnterprise,
      { ...validApplication, creditCode: '91411000MA46A0B73A', mobile: '12345', exportMarkets: [], enterpriseName: ' ' },
      user,
    )
    if (result.ok) throw new Error('expected a validation failure')
    expect(result.code).toBe('VALIDATION_FAILED')
    const byField = Object.fromEntries((result.issues ?? []).map((i) => [i.path.join('.'), i.message]))
    expect(byField).toEqual({
      enterpriseName: '请填写企业名称',
      creditCode: '统一社会信用代码校验位不正确，请核对',
      exportMarkets: '请至少选择一个出口市场',
      mobile: '请填写 11 位中国大陆手机号码',
    })
    expect(await h.ok(listMyApplications, {}, user)).toEqual([])
  })

  it('stores a pending application with normalised code and a masked mobile, and refuses a second one', async () => {
    const user = await consentingUser()
    const application = await h.ok(applyForEnterprise, validApplication, user)
    expect(application).toMatchObject({
      status: 'pending',
      creditCode: '91411000MA46A0B73N',
      mobileMasked: '138****8000',
      submittedAt: '2026-11-25T02:00:00.000Z',
      reviewedAt: null,
    })
    expect(JSON.stringify(application)).not.toContain('13800138000')
    const again = await h.call(applyForEnterprise, validApplication, user)
    expect(again).toMatchObject({ ok: false, code: 'CONFLICT' })
    expect(await h.ok(listMyApplications, {}, user)).toHaveLength(1)
  })

  it('lets exactly one of many concurrent submissions through', async () => {
    const user = await consentingUser()
    const results = await Promise.all(Array.from({ length: 12 }, () => h.call(applyForEnterprise, validApplication, user)))
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    expect(results.filter((r) => !r.ok && r.code === 'CONFLICT')).toHaveLength(11)
    expect(await h.ok(listMyApplications, {}, user)).toHaveLength(1)
  })
})

describe('users: staff review', () => {
  it('only staff and admins list and review applications', async () => {
    const user = await consentingUser()
    const application = await h.ok(applyForEnterprise, validApplication, user)
    for (const who of [user, LIAISON, demoOpenid('expert')]) {
      expect(await h.call(listApplications, {}, who)).toMatchObject({ ok: false, code: 'FORBIDDEN' })
      expect(await h.call(reviewApplication, { applicationId: application.applicationId, decision: 'approve' }, who)).toMatchObject({
        ok: false,
        code: 'FORBIDDEN',
      })
    }
    expect(await h.call(getApplication, { applicationId: application.applicationId }, user)).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(await h.ok(getApplication, { applicationId: application.applicationId }, STAFF)).toMatchObject({ ...application, existingEnterprise: null, existingLiaisons: [] })
    expect(await h.call(getApplication, { applicationId: 'app_missing' }, STAFF)).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    const pending = await h.ok(listApplications, { status: 'pending' }, STAFF)
    expect(pending.items.map((a) => a.applicationId)).toEqual([application.applicationId])
    expect(pending.total).toBe(1)
  })

  it('approval grants the liaison role and binds the enterprise', async () => {
    const user = await consentingUser()
    const application = await h.ok(applyForEnterprise, validApplication, user)
    h.clock.advance(3600_000)
    const approved = await h.ok(reviewApplication, { applicationId: application.applicationId, decision: 'approve' }, STAFF)
    expect(approved).toMatchObject({ status: 'approved', reviewedAt: '2026-11-25T03:00:00.000Z', reviewReason: null })
    const profile = await h.ok(getMyProfile, {}, user)
    expect(profile.roles).toEqual(['liaison'])
    expect(profile.enterprise).toMatchObject({
      enterpriseId: 'ent_91411000MA46A0B73N',
      name: '许昌恒达发制品有限公司',
      verifiedAt: '2026-11-25T03:00:00.000Z',
    })
    // The decision reaches the applicant through the outbox: the message center after dispatch.
    expect((await h.ok(listMyMessages, {}, user)).items).toEqual([])
    await h.runTimer('dispatcher', 'dispatchDue')
    await h.runTimer('dispatcher', 'dispatchDue')
    const inbox = await h.ok(listMyMessages, {}, user)
    expect(inbox.unreadCount).toBe(1)
    expect(inbox.items).toEqual([expect.objectContaining({ title: '企业登记已通过', page: 'packages/account/my-applications/index' })])
    const again = await h.call(reviewApplication, { applicationId: application.applicationId, decision: 'reject', reason: '重复' }, STAFF)
    expect(again).toMatchObject({ ok: false, code: 'INVALID_STATE' })
    expect(await h.call(applyForEnterprise, validApplication, user)).toMatchObject({ ok: false, code: 'CONFLICT' })
  })

  it('rejection needs a reason, is shown to the applicant, and frees them to apply again', async () => {
    const user = await consentingUser()
    const application = await h.ok(applyForEnterprise, validApplication, user)
    const noReason = await h.call(reviewApplication, { applicationId: application.applicationId, decision: 'reject' }, STAFF)
    expect(noReason).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' })
    await h.ok(reviewApplication, { applicationId: application.applicationId, decision: 'reject', reason: '营业执照名称与填写不一致' }, STAFF)
    const profile = await h.ok(getMyProfile, {}, user)
    expect(profile.roles).toEqual([])
    expect(profile.latestApplication).toMatchObject({ status: 'rejected', reviewReason: '营业执照名称与填写不一致' })
    await h.ok(applyForEnterprise, validApplication, user)
    expect(await h.ok(listMyApplications, {}, user)).toHaveLength(2)
  })

  it('concurrent approve and reject of one application: exactly one decision wins', async () => {
    const user = await consentingUser()
    const { applicationId } = await h.ok(applyForEnterprise, validApplication, user)
    const results = await Promise.all([
      h.call(reviewApplication, { applicationId, decision: 'approve' }, STAFF),
      h.call(reviewApplication, { applicationId, decision: 'reject', reason: '信息不完整' }, BOOTSTRAP_ADMIN),
      h.call(reviewApplication, { applicationId, decision: 'approve' }, BOOTSTRAP_ADMIN),
    ])
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    expect(results.filter((r) => !r.ok && r.code === 'INVALID_STATE')).toHaveLength(2)
    const winner = results.find((r) => r.ok)
    const profile = await h.ok(getMyProfile, {}, user)
    expect(profile.roles.includes('liaison')).toBe(winner?.ok === true && winner.data.status === 'approved')
  })

  it('staff cannot review their own application; unknown ids are NOT_FOUND', async () => {
    await h.ok(acceptPrivacyGuide, { version: PRIVACY_GUIDE_VERSION }, BOOTSTRAP_ADMIN)
    const own = await h.ok(applyForEnterprise, validApplication, BOOTSTRAP_ADMIN)
    expect(await h.call(reviewApplication, { applicationId: own.applicationId, decision: 'approve' }, BOOTSTRAP_ADMIN)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    })
    expect(await h.call(reviewApplication, { applicationId: 'app_missing', decision: 'approve' }, STAFF)).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    })
  })
})

describe('users: roles', () => {
  it('the bootstrap admin comes from configuration and can grant bureau roles; staff cannot', async () => {
    expect((await h.ok(getMyProfile, {}, BOOTSTRAP_ADMIN)).roles.sort()).toEqual(['admin', 'staff'])
    const target = await h.ok(getMyProfile, {}, 'openid-future-expert')
    expect(await h.call(setUserRole, { userId: target.userId, role: 'expert', granted: true }, STAFF)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    })
    expect(await h.ok(setUserRole, { userId: target.userId, role: 'expert', granted: true }, BOOTSTRAP_ADMIN)).toEqual({
      userId: target.userId,
      roles: ['expert'],
    })
    expect(await h.call(setUserRole, { userId: target.userId, role: 'liaison', granted: true }, BOOTSTRAP_ADMIN)).toMatchObject({
      ok: false,
      code: 'VALIDATION_FAILED',
    })
    expect(await h.call(setUserRole, { userId: 'u_missing', role: 'staff', granted: true }, BOOTSTRAP_ADMIN)).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    })
  })
})
