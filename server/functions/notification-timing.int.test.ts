import { getMyNotificationSettings, listMyMessages, recordSubscribeResults } from '../../types/messaging/contracts'
import type { TemplateKey } from '../../types/messaging/schemas'
import { acceptReport, provideGuidance, submitReport } from '../../types/reports/contracts'
import { acceptPrivacyGuide, applyForEnterprise, reviewApplication } from '../../types/users/contracts'
import { PRIVACY_GUIDE_VERSION } from '../../types/users/schemas'
import { demoOpenid } from '../seed/demo-users'
import { startHarness, type GatewayHarness } from '../../tests/support/gateway-harness'
import templates from '../modules/messaging/development-templates.json'
import { EXPERT, LIAISON, reportInput } from '../modules/reports/testing/reports-fixture'

// A push spends the recipient's one-time quota unit: the remaining count shows (through the API)
// whether it went, whoever ran the dispatcher (this test or the gateway's own timer).
const STAFF = demoOpenid('staff')
const APPLICANT = 'openid-applicant'
const NIGHT = '2026-11-25T15:30:00.000Z' // 23:30 Shanghai
const MORNING = '2026-11-26T00:00:30.000Z' // 08:00:30 Shanghai
const application = {
  enterpriseName: '许昌恒达发制品有限公司',
  creditCode: '91411000MA46A0B73N',
  industry: 'hair_products',
  exportMarkets: ['US'],
  liaisonName: '陈晓',
  mobile: '13800138000',
}

let h: GatewayHarness
afterEach(() => h.close())

let requestSeq = 0
async function grantOnePush(openid: string, key: TemplateKey) {
  const templateId = templates.templates[key].templateId
  await h.ok(recordSubscribeResults, { requestId: `tap-request-${++requestSeq}`, results: { [templateId]: 'accept' } }, openid)
}
async function pushesLeft(openid: string, key: TemplateKey): Promise<number | null> {
  const settings = await h.ok(getMyNotificationSettings, {}, openid)
  return settings.quotas.find((q) => q.key === key)?.remaining ?? null
}
const dispatch = () => h.runTimer('dispatcher', 'dispatchDue')

describe('notifications: quiet hours hold back the push only, never the message center', () => {
  it('an approval at 23:30 Shanghai is in the message center at once; its push goes at 08:00', async () => {
    h = await startHarness({ now: NIGHT })
    await h.ok(acceptPrivacyGuide, { version: PRIVACY_GUIDE_VERSION }, APPLICANT)
    await grantOnePush(APPLICANT, 'application_reviewed')
    const { applicationId } = await h.ok(applyForEnterprise, application, APPLICANT)
    await h.ok(reviewApplication, { applicationId, decision: 'approve' }, STAFF)
    await dispatch()
    expect((await h.ok(listMyMessages, {}, APPLICANT)).items.map((m) => m.title)).toEqual(['企业登记已通过'])
    expect(await pushesLeft(APPLICANT, 'application_reviewed')).toBe(1)

    h.clock.set(MORNING)
    await dispatch()
    expect(await pushesLeft(APPLICANT, 'application_reviewed')).toBe(0)
    // The morning push does not write the message center a second time.
    expect((await h.ok(listMyMessages, {}, APPLICANT)).items).toHaveLength(1)
  })

  it('an approval by day is pushed at once to an applicant who accepted the template', async () => {
    h = await startHarness({ now: '2026-11-25T03:00:00.000Z' })
    await h.ok(acceptPrivacyGuide, { version: PRIVACY_GUIDE_VERSION }, APPLICANT)
    await grantOnePush(APPLICANT, 'application_reviewed')
    const { applicationId } = await h.ok(applyForEnterprise, application, APPLICANT)
    await h.ok(reviewApplication, { applicationId, decision: 'approve' }, STAFF)
    await dispatch()
    expect(await pushesLeft(APPLICANT, 'application_reviewed')).toBe(0)
  })
})

describe('notifications: one urgency table for every notice of a case', () => {
  /** A report accepted by the expert at night, with the accept notice already delivered. */
  async function acceptedAtNight(urgency: 'normal' | 'urgent' | 'critical') {
    const { reportId } = await h.ok(submitReport, reportInput({ urgency }), LIAISON)
    await h.ok(acceptReport, { reportId }, EXPERT)
    await dispatch()
    return reportId
  }

  it('guidance on a 紧急 case at 23:30 reaches the liaison at once, as its status changes do', async () => {
    h = await startHarness({ now: NIGHT })
    const reportId = await acceptedAtNight('urgent')
    await grantOnePush(LIAISON, 'report_status_changed')
    await h.ok(provideGuidance, { reportId, guidance: '请先保存被投诉链接的截图，并在 10 日内提交申诉材料。' }, EXPERT)
    await dispatch()
    expect(await pushesLeft(LIAISON, 'report_status_changed')).toBe(0)
  })

  it('guidance on a 一般 case at 23:30 is in the message center at once; the push waits for 08:00', async () => {
    h = await startHarness({ now: NIGHT })
    const reportId = await acceptedAtNight('normal')
    await grantOnePush(LIAISON, 'report_status_changed')
    await h.ok(provideGuidance, { reportId, guidance: '请先保存被投诉链接的截图，并在 10 日内提交申诉材料。' }, EXPERT)
    await dispatch()
    expect((await h.ok(listMyMessages, {}, LIAISON)).items.map((m) => m.title)).toContain('收到新的指导意见')
    expect(await pushesLeft(LIAISON, 'report_status_changed')).toBe(1)
    h.clock.set(MORNING)
    await dispatch()
    expect(await pushesLeft(LIAISON, 'report_status_changed')).toBe(0)
  })
})
