import { listDeadlineRuleRevisions, listDeadlineRules, saveDeadlineRule } from '../../types/deadlines/contracts'
import type { DeadlineRule } from '../../types/deadlines/schemas'
import { listMyMessages } from '../../types/messaging/contracts'
import { getReport, listAssignedReports, submitReport, withdrawReport } from '../../types/reports/contracts'
import { startHarness, type GatewayHarness } from '../../tests/support/gateway-harness'
import { EXPERT, LIAISON, STAFF, reportInput } from '../modules/reports/testing/reports-fixture'

// Harness clock: Wednesday 2026-11-25 10:00 Shanghai (02:00Z), still 24 Nov in New York.
let h: GatewayHarness
beforeEach(async () => {
  h = await startHarness()
})
afterEach(() => h.close())

const US_OPPOSITION = 'dl_us_tm_opposition'

function squatting(publishedOn: string, overrides: Record<string, unknown> = {}) {
  return reportInput({
    serviceType: 'trademark_squatting',
    counterpart: 'Shenzhen Copycat Trading LLC',
    description: '发现有人在美国抢注我司商标，已在官方公报上公告，需要尽快提出异议。',
    legalDeadline: { ruleId: US_OPPOSITION, triggerDate: publishedOn },
    ...overrides,
  })
}

async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + 8000
  for (;;) {
    const value = await read()
    if (check(value)) return value
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(value)}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

const reminderTitles = async (openid: string) =>
  (await h.ok(listMyMessages, {}, openid)).items.map((m) => m.title).filter((t) => t.startsWith('法定期限提醒'))

describe('reports: the foreign office legal deadline', () => {
  it('a US squatting report gets its last day, the rule it used, and the assignee is assigned', async () => {
    // 一般 on purpose: 紧急 has a tighter target of its own (one working day).
    const report = await h.ok(submitReport, squatting('2026-11-10', { urgency: 'normal' }), LIAISON)
    expect(report.legalDeadline).toMatchObject({
      ruleId: US_OPPOSITION,
      ruleRevision: 1,
      office: 'USPTO',
      triggerDate: '2026-11-10',
      lastDay: '2026-12-10',
      lastMomentAt: '2026-12-11T04:59:59.999Z',
      lastDayWithExtensions: '2027-05-09',
      endsOnWeekend: false,
      confidence: 'high',
      escalatedAt: null,
    })
    expect(report.legalDeadline?.sourceCitation).toContain('15 U.S.C. §1063(a)')
    expect(report.legalDeadlineRuleChange).toBeNull()
    expect(report.assignee?.userId).toBeDefined()
    // 16 days left: the usual 24 working hours for the first response stand.
    expect(report.sla.firstResponseDueAt).toBe('2026-11-27T08:00:00.000Z')
  })

  it('reminders reach the liaison and the assignee at 14 days, and stop once the report is withdrawn', async () => {
    const kept = await h.ok(submitReport, squatting('2026-11-10'), LIAISON)
    const withdrawn = await h.ok(submitReport, squatting('2026-11-11', { counterpart: 'Another Squatter Inc' }), LIAISON)
    await h.ok(withdrawReport, { reportId: withdrawn.reportId, reason: '已自行和解' }, LIAISON)

    // 14 days before 10 Dec: 26 Nov 09:00 Shanghai; before 11 Dec: 27 Nov 09:00.
    h.clock.set('2026-11-26T01:00:30.000Z')
    await eventually(() => reminderTitles(LIAISON), (t) => t.length === 1, 'the liaison reminder')
    await eventually(() => reminderTitles(EXPERT), (t) => t.length === 1, 'the assignee reminder')
    expect(await reminderTitles(LIAISON)).toEqual(['法定期限提醒：还剩 14 天'])
    const message = (await h.ok(listMyMessages, {}, LIAISON)).items.find((m) => m.title.startsWith('法定期限提醒'))
    expect(message).toMatchObject({ sourceId: kept.reportId, page: `packages/reports/detail/index?id=${kept.reportId}` })

    // The withdrawn report's reminder would be due now: none arrives.
    h.clock.set('2026-11-27T01:00:30.000Z')
    await new Promise((resolve) => setTimeout(resolve, 1500))
    expect(await reminderTitles(LIAISON)).toEqual(['法定期限提醒：还剩 14 天'])
  }, 30_000)

  it('a near deadline tightens the first response, and the timer escalates it to staff once', async () => {
    // KIPO-like 30 days would need KR; use the US rule with a publication 27 days ago: 3 days left.
    const near = await h.ok(submitReport, squatting('2026-10-29'), LIAISON)
    expect(near.legalDeadline?.lastDay).toBe('2026-11-28')
    expect(near.legalDeadline?.endsOnWeekend).toBe(true)
    // Within 4 working hours: 14:00 Shanghai the same day.
    expect(near.sla.firstResponseDueAt).toBe('2026-11-25T06:00:00.000Z')
    const far = await h.ok(submitReport, squatting('2026-11-20'), LIAISON)

    expect(await h.runTimer('reports', 'checkSla')).toMatchObject({ deadlineEscalations: 1, firstResponseBreaches: 0 })
    expect(await h.runTimer('reports', 'checkSla')).toMatchObject({ deadlineEscalations: 0 })

    const escalated = await h.ok(getReport, { reportId: near.reportId }, STAFF)
    expect(escalated.escalated).toBe(true)
    expect(escalated.legalDeadline?.escalatedAt).toBe('2026-11-25T02:00:00.000Z')
    expect(escalated.timeline.filter((e) => e.type === 'deadline_escalated')).toHaveLength(1)
    expect((await h.ok(getReport, { reportId: far.reportId }, STAFF)).escalated).toBe(false)

    h.clock.set('2026-11-25T02:01:30.000Z')
    await eventually(
      () => h.ok(listMyMessages, {}, STAFF),
      (page) => page.items.some((m) => m.title === '法定期限临近，请督办' && m.sourceId === near.reportId),
      'the staff escalation message',
    )
  }, 30_000)

  it('the assignee inbox lists the nearest legal deadline first, reports without one last', async () => {
    const plain = await h.ok(submitReport, reportInput(), LIAISON)
    const later = await h.ok(submitReport, squatting('2026-11-20'), LIAISON)
    const sooner = await h.ok(submitReport, squatting('2026-11-01'), LIAISON)
    const inbox = await h.ok(listAssignedReports, {}, EXPERT)
    expect(inbox.items.map((r) => r.reportId)).toEqual([sooner.reportId, later.reportId, plain.reportId])
    expect(inbox.items[0].legalDeadline?.lastDay).toBe('2026-12-01')
  })

  it('a staff rule edit is versioned, applies to new reports and is shown on older ones', async () => {
    const old = await h.ok(submitReport, squatting('2026-11-10'), LIAISON)
    const rules = await h.ok(listDeadlineRules, { region: 'US' }, LIAISON)
    const rule = rules.items.find((r) => r.ruleId === US_OPPOSITION) as DeadlineRule
    expect(rule).toMatchObject({ revision: 1, stale: false, period: { amount: 30, unit: 'days' } })
    const { ruleId, revision, updatedAt: _u, stale: _s, ...fields } = rule

    const edited = { ...fields, period: { amount: 31, unit: 'days' as const }, verifiedOn: '2026-11-25' }
    const byLiaison = await h.call(saveDeadlineRule, { ruleId, expectedRevision: revision, fields: edited }, LIAISON)
    expect(byLiaison).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    const saved = await h.ok(saveDeadlineRule, { ruleId, expectedRevision: revision, fields: edited, reason: '测试：核对后更正' }, STAFF)
    expect(saved).toMatchObject({ revision: 2, period: { amount: 31, unit: 'days' } })
    const stale = await h.call(saveDeadlineRule, { ruleId, expectedRevision: 1, fields: edited }, STAFF)
    expect(stale).toMatchObject({ ok: false, code: 'CONFLICT' })

    const history = await h.ok(listDeadlineRuleRevisions, { ruleId }, STAFF)
    expect(history.items[0]).toMatchObject({ revision: 2, action: 'update', note: '测试：核对后更正' })
    expect(history.items[0].changes.map((c) => c.field)).toEqual(['period', 'verifiedOn'])

    const before = await h.ok(getReport, { reportId: old.reportId }, LIAISON)
    expect(before.legalDeadline).toMatchObject({ ruleRevision: 1, lastDay: '2026-12-10' })
    expect(before.legalDeadlineRuleChange).toMatchObject({ currentRevision: 2 })
    const fresh = await h.ok(submitReport, squatting('2026-11-10'), LIAISON)
    expect(fresh.legalDeadline).toMatchObject({ ruleRevision: 2, lastDay: '2026-12-11' })
    expect(fresh.legalDeadlineRuleChange).toBeNull()
  })

  it('refuses a wrong choice with a clear message and stores nothing; a retry returns the same report', async () => {
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ legalDeadline: { ruleId: 'dl_jp_tm_opposition', triggerDate: '2026-11-10' } }, 'VALIDATION_FAILED', /国家\/地区/],
      [{ legalDeadline: { ruleId: US_OPPOSITION, triggerDate: '2026-11-26' } }, 'VALIDATION_FAILED', /不能晚于今天/],
      [{ legalDeadline: { ruleId: US_OPPOSITION, triggerDate: '2026-02-30' } }, 'VALIDATION_FAILED', /日期不存在/],
      [{ legalDeadline: { ruleId: 'dl_nope', triggerDate: '2026-11-10' } }, 'NOT_FOUND', /期限规则/],
      [{ serviceType: 'early_warning' }, 'VALIDATION_FAILED', /商标抢注、纠纷应对和专利/],
      [{ legalDeadline: { ruleId: 'dl_us_patent_pgr', triggerDate: '2026-11-10' } }, 'VALIDATION_FAILED', /专利/],
      [{ tradeFair: { name: '广交会', startDate: '2026-11-01', endDate: '2026-11-05' } }, 'VALIDATION_FAILED', /展会/],
    ]
    for (const [override, code, message] of cases) {
      const result = await h.call(submitReport, squatting('2026-11-10', override), LIAISON)
      expect(result).toMatchObject({ ok: false, code })
      if (!result.ok) expect(result.message).toMatch(message)
    }
    expect((await h.ok(listAssignedReports, {}, EXPERT)).total).toBe(0)

    const input = squatting('2026-11-10')
    const [a, b] = await Promise.all([h.ok(submitReport, input, LIAISON), h.ok(submitReport, input, LIAISON)])
    expect(a.reportId).toBe(b.reportId)
    expect((await h.ok(listAssignedReports, {}, EXPERT)).total).toBe(1)
  })

  it('Russia: the rule says there is no opposition, and no date is computed', async () => {
    const report = await h.ok(
      submitReport,
      squatting('2026-11-10', { countries: ['RU'], legalDeadline: { ruleId: 'dl_ru_tm_opposition', triggerDate: '2026-11-10' } }),
      LIAISON,
    )
    expect(report.legalDeadline).toMatchObject({ lastDay: null, lastMomentAt: null, period: null })
    expect(report.legalDeadline?.note).toMatch(/没有注册前异议程序/)
  })

  it('a trade-fair report carries the fair and its dates; reversed dates are refused', async () => {
    const fair = { name: '胡志明市国际美发展', startDate: '2026-11-24', endDate: '2026-11-27' }
    const input = reportInput({ serviceType: 'trade_fair', countries: ['VN'], urgency: 'critical', tradeFair: fair })
    const report = await h.ok(submitReport, input, LIAISON)
    expect(report.tradeFair).toEqual(fair)
    expect(report.legalDeadline).toBeNull()
    const reversed = await h.call(submitReport, { ...input, idempotencyKey: 'fair-reversed-01', tradeFair: { ...fair, endDate: '2026-11-20' } }, LIAISON)
    expect(reversed).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' })
    if (!reversed.ok) expect(reversed.issues?.[0]).toMatchObject({ path: ['tradeFair', 'endDate'], message: '展会结束日期不能早于开始日期' })
  })

  it('two staff saving the same rule revision at once: exactly one edit applies, the other is told to reload', async () => {
    const rule = (await h.ok(listDeadlineRules, { region: 'TH' }, STAFF)).items[0]
    const { ruleId, revision, updatedAt: _u, stale: _s, ...fields } = rule
    const results = await Promise.all(
      ['2026-11-24', '2026-11-25'].map((verifiedOn) => h.call(saveDeadlineRule, { ruleId, expectedRevision: revision, fields: { ...fields, verifiedOn } }, STAFF)),
    )
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    expect(results.filter((r) => !r.ok && r.code === 'CONFLICT')).toHaveLength(1)
    expect((await h.ok(listDeadlineRuleRevisions, { ruleId }, STAFF)).total).toBe(1)
    const invalid = await h.call(saveDeadlineRule, { ruleId, expectedRevision: 2, fields: { ...fields, period: { amount: 0, unit: 'days' }, timeZone: 'Bangkok' } }, STAFF)
    expect(invalid).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' })
    if (!invalid.ok) expect(invalid.issues?.map((i) => i.message)).toEqual(expect.arrayContaining(['期限至少为 1', '时区应为 IANA 名称，如 America/New_York']))
  })
})
