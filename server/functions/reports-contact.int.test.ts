import { listMyMessages } from '../../types/messaging/contracts'
import { acceptReport, getReport, revealLiaisonContact, submitReport } from '../../types/reports/contracts'
import { acceptPrivacyGuide, applyForEnterprise, listMyContactReveals, reviewApplication } from '../../types/users/contracts'
import { PRIVACY_GUIDE_VERSION } from '../../types/users/schemas'
import { startHarness, type GatewayHarness } from '../../tests/support/gateway-harness'
import { addMatchingExpert, AGENCY, EXPERT, LIAISON, STAFF, reportInput } from '../modules/reports/testing/reports-fixture'

let h: GatewayHarness
beforeEach(async () => {
  h = await startHarness()
})
afterEach(() => h.close())

describe('reports: the viewer relation comes from the server', () => {
  it('enterprise, assignee and staff each get their relation; a second liaison of the same enterprise is "enterprise" too', async () => {
    const { reportId } = await h.ok(submitReport, reportInput(), LIAISON)
    expect(await h.ok(getReport, { reportId }, LIAISON)).toMatchObject({ viewerRelation: 'enterprise', viewerRelations: ['enterprise'] })
    expect(await h.ok(getReport, { reportId }, EXPERT)).toMatchObject({ viewerRelation: 'assignee', viewerRelations: ['assignee'] })
    expect(await h.ok(getReport, { reportId }, STAFF)).toMatchObject({ viewerRelation: 'staff', viewerRelations: ['staff'] })

    // A joiner typed a different enterprise name: the relation does not depend on names.
    const joiner = 'openid-joiner'
    await h.ok(acceptPrivacyGuide, { version: PRIVACY_GUIDE_VERSION }, joiner)
    const application = await h.ok(
      applyForEnterprise,
      { enterpriseName: '瑞发（另一个写法）', creditCode: '91411000MA45XR1K2C', industry: 'hair_products', exportMarkets: ['US'], liaisonName: '钱二', mobile: '13700001111' },
      joiner,
    )
    await h.ok(reviewApplication, { applicationId: application.applicationId, decision: 'approve' }, STAFF)
    expect(await h.ok(getReport, { reportId }, joiner)).toMatchObject({ viewerRelation: 'enterprise', enterpriseName: '许昌瑞发发制品有限公司' })
    // The answer to an action carries the relation too.
    expect(await h.ok(acceptReport, { reportId }, EXPERT)).toMatchObject({ viewerRelation: 'assignee' })
  })
})

describe('reports: reaching the liaison by phone', () => {
  it('staff and the assignee reveal the number (audited, visible to the liaison); everyone else sees it masked or is refused', async () => {
    const { reportId } = await h.ok(submitReport, reportInput(), LIAISON)
    for (const who of [LIAISON, EXPERT, STAFF]) {
      const detail = await h.ok(getReport, { reportId }, who)
      expect(detail.liaisonContact).toEqual({ name: '王联络', mobileMasked: '138****8000', canReveal: who !== LIAISON })
      expect(JSON.stringify(detail)).not.toContain('13800138000')
    }

    h.clock.set('2026-11-25T03:00:00.000Z')
    expect(await h.ok(revealLiaisonContact, { reportId }, STAFF)).toEqual({ name: '王联络', mobile: '13800138000', revealedAt: '2026-11-25T03:00:00.000Z' })
    h.clock.set('2026-11-25T04:00:00.000Z')
    expect((await h.ok(revealLiaisonContact, { reportId }, EXPERT)).mobile).toBe('13800138000')

    // Wrong role or no relation: refused, and nothing is audited.
    expect(await h.call(revealLiaisonContact, { reportId }, LIAISON)).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(await h.call(revealLiaisonContact, { reportId }, AGENCY)).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    const other = await addMatchingExpert(h, 'openid-other-expert', '无关专家')
    expect(other.userId).toBeTruthy()
    expect(await h.call(revealLiaisonContact, { reportId }, 'openid-other-expert')).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    expect(await h.call(revealLiaisonContact, { reportId }, 'openid-stranger')).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    expect(await h.call(revealLiaisonContact, { reportId }, null)).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' })
    expect(await h.call(revealLiaisonContact, { reportId: 'rpt_missing' }, STAFF)).toMatchObject({ ok: false, code: 'NOT_FOUND' })

    const reveals = await h.ok(listMyContactReveals, {}, LIAISON)
    const number = (await h.ok(getReport, { reportId }, STAFF)).number
    expect(reveals).toEqual([
      { revealedByName: '【演示】林知远', revealedByRelation: 'assignee', reportNumber: number, at: '2026-11-25T04:00:00.000Z' },
      { revealedByName: '张科员（市场监管局）', revealedByRelation: 'staff', reportNumber: number, at: '2026-11-25T03:00:00.000Z' },
    ])
    expect(await h.ok(listMyContactReveals, {}, STAFF)).toEqual([])
  })

  it('concurrent reveals are each audited', async () => {
    const { reportId } = await h.ok(submitReport, reportInput(), LIAISON)
    const results = await Promise.all(Array.from({ length: 6 }, () => h.call(revealLiaisonContact, { reportId }, STAFF)))
    expect(results.every((r) => r.ok)).toBe(true)
    expect(await h.ok(listMyContactReveals, {}, LIAISON)).toHaveLength(6)
  })
})

describe('reports: urgent cases', () => {
  it('urgency tightens the first response: 特急 2 working hours, 紧急 one working day, 一般 24', async () => {
    // Wed 2026-11-25 10:00 Shanghai.
    const critical = await h.ok(submitReport, reportInput({ urgency: 'critical' }), LIAISON)
    expect(critical.sla).toMatchObject({ firstResponseDueAt: '2026-11-25T04:00:00.000Z', firstResponseClock: 'working' })
    const urgent = await h.ok(submitReport, reportInput({ urgency: 'urgent' }), LIAISON)
    expect(urgent.sla.firstResponseDueAt).toBe('2026-11-26T02:00:00.000Z')
    const normal = await h.ok(submitReport, reportInput({ urgency: 'normal' }), LIAISON)
    expect(normal.sla.firstResponseDueAt).toBe('2026-11-27T08:00:00.000Z')
  })

  it('a trade-fair report runs a clock through the weekend: Saturday 10:00 → Saturday 14:00', async () => {
    h.clock.set('2026-11-28T02:00:00.000Z')
    const fair = await h.ok(submitReport, reportInput({ serviceType: 'trade_fair', urgency: 'normal', deadline: null }), LIAISON)
    expect(fair.sla).toMatchObject({ firstResponseDueAt: '2026-11-28T06:00:00.000Z', firstResponseClock: 'calendar' })
    // 特急 at a fair on Friday 17:00: 4 running hours (21:00) beats 2 working hours (Monday 10:00).
    h.clock.set('2026-11-27T09:00:00.000Z')
    const late = await h.ok(submitReport, reportInput({ serviceType: 'trade_fair', urgency: 'critical', deadline: null }), LIAISON)
    expect(late.sla.firstResponseDueAt).toBe('2026-11-27T13:00:00.000Z')
  })

  it('an unmatched report at night reaches staff at once, not at 08:00', async () => {
    h.clock.set('2026-11-25T14:30:00.000Z') // 22:30 Shanghai, quiet hours
    const unmatched = await h.ok(submitReport, reportInput({ countries: ['BR'], urgency: 'normal' }), LIAISON)
    expect(unmatched.status).toBe('unassigned')
    await h.runTimer('dispatcher', 'dispatchDue')
    const inbox = await h.ok(listMyMessages, {}, STAFF)
    expect(inbox.items).toEqual([expect.objectContaining({ title: '有上报需要人工分派', sourceId: unmatched.reportId })])
  })

  it('a matched 特急 report tells staff at once as well; a normal matched one does not', async () => {
    h.clock.set('2026-11-25T14:30:00.000Z')
    await h.ok(submitReport, reportInput({ urgency: 'normal' }), LIAISON)
    const critical = await h.ok(submitReport, reportInput({ urgency: 'critical' }), LIAISON)
    expect(critical.status).toBe('assigned')
    await h.runTimer('dispatcher', 'dispatchDue')
    const inbox = await h.ok(listMyMessages, {}, STAFF)
    expect(inbox.items).toEqual([expect.objectContaining({ title: '特急上报：许昌瑞发发制品有限公司', sourceId: critical.reportId })])
  })

  it('refuses a key deadline in the past with a clear message, accepts today', async () => {
    h.clock.set('2026-11-25T17:00:00.000Z') // already Thursday 01:00 in Shanghai
    const past = await h.call(submitReport, reportInput({ deadline: '2026-11-25' }), LIAISON)
    expect(past).toMatchObject({ ok: false, code: 'VALIDATION_FAILED', issues: [{ path: ['deadline'] }] })
    if (!past.ok) expect(past.message).toBe('关键期限 2026-11-25 已经过去，请核对日期；如果期限紧迫，请直接拨打服务热线')
    expect((await h.ok(submitReport, reportInput({ deadline: '2026-11-26' }), LIAISON)).deadline).toBe('2026-11-26')
  })
})
