import { listMyMessages } from '../../types/messaging/contracts'
import {
  acceptPrivacyGuide,
  applyForEnterprise,
  getMyProfile,
  listEnterpriseRevisions,
  reviewApplication,
  updateEnterprise,
} from '../../types/users/contracts'
import { PRIVACY_GUIDE_VERSION } from '../../types/users/schemas'
import { startHarness, type GatewayHarness } from '../../tests/support/gateway-harness'
import { demoOpenid } from '../seed/demo-users'

const STAFF = demoOpenid('staff')
const LIAISON = demoOpenid('liaison')
const EXPERT = demoOpenid('expert')
const ENTERPRISE_ID = 'ent_91411000MA45XR1K2C'
const edit = { enterpriseId: ENTERPRISE_ID, expectedRevision: 0, name: '许昌瑞发发制品股份有限公司', industry: 'hair_products', exportMarkets: ['US', 'NG'] }

let h: GatewayHarness
beforeEach(async () => {
  h = await startHarness()
})
afterEach(() => h.close())

describe('enterprise edits: separate from applications, audited', () => {
  it('a liaison edits the record; the change is a revision and the other liaisons are told', async () => {
    // A second liaison joins first (approval leaves the record alone).
    await h.ok(acceptPrivacyGuide, { version: PRIVACY_GUIDE_VERSION }, 'openid-second')
    const joined = await h.ok(
      applyForEnterprise,
      { enterpriseName: '瑞发', creditCode: '91411000MA45XR1K2C', industry: 'electronics', exportMarkets: ['JP'], liaisonName: '孙二', mobile: '13600001111' },
      'openid-second',
    )
    await h.ok(reviewApplication, { applicationId: joined.applicationId, decision: 'approve' }, STAFF)
    expect((await h.ok(getMyProfile, {}, LIAISON)).enterprise).toMatchObject({ name: '许昌瑞发发制品有限公司', revision: 0 })

    const updated = await h.ok(updateEnterprise, { ...edit, note: '完成股份制改造' }, LIAISON)
    expect(updated).toMatchObject({ name: '许昌瑞发发制品股份有限公司', exportMarkets: ['US', 'NG'], revision: 1 })
    const history = await h.ok(listEnterpriseRevisions, { enterpriseId: ENTERPRISE_ID }, STAFF)
    expect(history.items).toEqual([
      expect.objectContaining({
        revision: 1,
        action: 'update',
        note: '完成股份制改造',
        actor: expect.objectContaining({ displayName: '王联络（瑞发发制品）' }),
        changes: [
          { field: 'name', label: '企业名称', before: '许昌瑞发发制品有限公司', after: '许昌瑞发发制品股份有限公司' },
          { field: 'exportMarkets', label: '出口市场', before: ['US', 'NG', 'GB', 'EU'], after: ['US', 'NG'] },
        ],
      }),
    ])
    await h.runTimer('dispatcher', 'dispatchDue')
    expect((await h.ok(listMyMessages, {}, 'openid-second')).items.map((m) => m.title)).toContain('企业登记信息已修改')
    expect((await h.ok(listMyMessages, {}, LIAISON)).items.map((m) => m.title)).not.toContain('企业登记信息已修改')
  })

  it('a stale revision is refused; of two concurrent edits exactly one applies; staff may edit too', async () => {
    const results = await Promise.all([
      h.call(updateEnterprise, { ...edit, name: '甲名称有限公司' }, LIAISON),
      h.call(updateEnterprise, { ...edit, name: '乙名称有限公司' }, STAFF),
    ])
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    expect(results.filter((r) => !r.ok && r.code === 'CONFLICT')).toHaveLength(1)
    const stale = await h.call(updateEnterprise, { ...edit, name: '丙名称有限公司' }, STAFF)
    expect(stale).toMatchObject({ ok: false, code: 'CONFLICT' })
    expect(await h.ok(updateEnterprise, { ...edit, expectedRevision: 1, name: '丙名称有限公司' }, STAFF)).toMatchObject({ revision: 2 })
  })

  it('refuses everyone else, and bad input, with Chinese messages', async () => {
    expect(await h.call(updateEnterprise, edit, EXPERT)).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(await h.call(updateEnterprise, edit, 'openid-stranger')).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(await h.call(listEnterpriseRevisions, { enterpriseId: ENTERPRISE_ID }, EXPERT)).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(await h.call(updateEnterprise, { ...edit, enterpriseId: 'ent_missing' }, STAFF)).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    const bad = await h.call(updateEnterprise, { ...edit, name: ' ', exportMarkets: [] }, LIAISON)
    expect(bad).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' })
    if (!bad.ok) expect(bad.issues?.map((i) => i.message)).toEqual(['请填写企业名称', '请至少选择一个出口市场'])
    // Saving the same values writes no revision.
    const same = await h.ok(updateEnterprise, { ...edit, name: '许昌瑞发发制品有限公司', exportMarkets: ['US', 'NG', 'GB', 'EU'] }, LIAISON)
    expect(same.revision).toBe(0)
    expect((await h.ok(listEnterpriseRevisions, { enterpriseId: ENTERPRISE_ID }, LIAISON)).total).toBe(0)
  })
})
