import {
  acceptReport,
  getReport,
  listAssignedReports,
  listMyReports,
  listReports,
  postMessage,
  provideGuidance,
  rateReport,
  requestMoreInfo,
  resolveReport,
  submitReport,
  withdrawReport,
} from '../../types/reports/contracts'
import { startHarness, type GatewayHarness } from '../../tests/support/gateway-harness'
import { AGENCY, DEMO_EXPERT_ID, EXPERT, LIAISON, STAFF, reportInput } from '../modules/reports/testing/reports-fixture'

let h: GatewayHarness
beforeEach(async () => {
  h = await startHarness()
})
afterEach(() => h.close())

describe('reports: intake and visibility through the function entry', () => {
  it('assigns a new report automatically and says why; each role sees only what it may', async () => {
    // 一般: the service's own target applies (urgency only tightens it).
    const report = await h.ok(submitReport, reportInput({ urgency: 'normal' }), LIAISON)
    expect(report).toMatchObject({ status: 'assigned', enterpriseName: '许昌瑞发发制品有限公司', assignee: { kind: 'expert', id: DEMO_EXPERT_ID } })
    expect(report.number).toMatch(/^R20261125-[A-Z0-9_-]{6}$/)
    expect(report.timeline.map((e) => e.type)).toEqual(['submitted', 'assigned'])
    // The enterprise reads who; staff read why.
    expect(report.timeline[1]?.text).toBe('已分派给【演示】林知远')
    const forStaff = await h.ok(getReport, { reportId: report.reportId }, STAFF)
    expect(forStaff.timeline[1]?.text).toContain('选择当前在办最少（0 件）的 【演示】林知远')
    // Wed 10:00 Shanghai + 24 working hours → Fri 16:00 Shanghai
    expect(report.sla.firstResponseDueAt).toBe('2026-11-27T08:00:00.000Z')

    expect((await h.ok(listMyReports, {}, LIAISON)).items.map((r) => r.reportId)).toEqual([report.reportId])
    expect((await h.ok(listAssignedReports, {}, EXPERT)).total).toBe(1)
    expect((await h.ok(listReports, {}, STAFF)).total).toBe(1)
    expect((await h.ok(getReport, { reportId: report.reportId }, EXPERT)).reportId).toBe(report.reportId)
    expect((await h.ok(getReport, { reportId: report.reportId }, STAFF)).timeline).toHaveLength(2)

    // Not assigned, not the enterprise, not staff: the report does not exist for them.
    expect((await h.ok(listAssignedReports, {}, AGENCY)).total).toBe(0)
    expect(await h.call(getReport, { reportId: report.reportId }, AGENCY)).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    expect(await h.call(getReport, { reportId: report.reportId }, 'openid-stranger')).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    expect(await h.call(listMyReports, {}, AGENCY)).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(await h.call(listReports, {}, EXPERT)).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(await h.call(acceptReport, { reportId: report.reportId }, AGENCY)).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    expect(await h.call(getReport, { reportId: report.reportId }, null)).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' })
    // Staff may look but not act as the assignee; the enterprise may not accept its own report.
    expect(await h.call(acceptReport, { reportId: report.reportId }, STAFF)).toMatchObject({ ok: false, code: 'FORBIDDEN' })
  })

  it('refuses reports from users without a verified enterprise', async () => {
    expect(await h.call(submitReport, reportInput(), 'openid-visitor')).toMatchObject({ ok: false, code: 'FORBIDDEN' })
  })

  it('names each invalid field in Chinese', async () => {
    const result = await h.call(
      submitReport,
      reportInput({ counterpart: '  ', countries: ['XX'], attachments: Array.from({ length: 10 }, (_, i) => `cloud://env-1.b/f${i}.jpg`), urgency: 'now' }),
      LIAISON,
    )
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.code).toBe('VALIDATION_FAILED')
    const byField = Object.fromEntries((result.issues ?? []).map((i) => [String(i.path[0]), i.message]))
    expect(byField).toMatchObject({
      counterpart: '请填写对方当事人',
      countries: '请选择列表中的国家或地区',
      attachments: '附件最多 9 个',
      urgency: '请选择紧急程度',
    })
    const badFile = await h.call(submitReport, reportInput({ attachments: ['https://example.com/a.pdf'] }), LIAISON)
    expect(badFile).toMatchObject({ ok: false, code: 'VALIDATION_FAILED', message: '文件标识无效，请重新上传' })
  })

  it('refuses an oversize description with a clear message and writes nothing', async () => {
    const result = await h.call(submitReport, reportInput({ description: '侵'.repeat(2001) }), LIAISON)
    expect(result).toMatchObject({ ok: false, code: 'VALIDATION_FAILED', message: '情况描述不能超过 2000 个字' })
    expect((await h.ok(listReports, {}, STAFF)).total).toBe(0)
    expect((await h.ok(listAssignedReports, {}, EXPERT)).total).toBe(0)
  })

  it('returns the same report for the same idempotency key, even in parallel', async () => {
    const input = reportInput()
    const [a, b] = await Promise.all([h.ok(submitReport, input, LIAISON), h.ok(submitReport, input, LIAISON)])
    const c = await h.ok(submitReport, input, LIAISON)
    expect(new Set([a.reportId, b.reportId, c.reportId]).size).toBe(1)
    expect((await h.ok(listMyReports, {}, LIAISON)).total).toBe(1)
    const detail = await h.ok(getReport, { reportId: a.reportId }, STAFF)
    expect(detail.timeline.map((e) => e.type)).toEqual(['submitted', 'assigned'])
    expect((await h.ok(submitReport, reportInput(), LIAISON)).reportId).not.toBe(a.reportId)
  })
})

describe('reports: the case from acceptance to rating', () => {
  it('walks accept → question (clock paused) → answer → guidance → resolve → rate', async () => {
    const { reportId } = await h.ok(submitReport, reportInput(), LIAISON)
    const accepted = await h.ok(acceptReport, { reportId }, EXPERT)
    expect(accepted).toMatchObject({ status: 'in_progress', sla: { firstRespondedAt: '2026-11-25T02:00:00.000Z' } })
    expect(await h.call(withdrawReport, { reportId }, LIAISON)).toMatchObject({ ok: false, code: 'INVALID_STATE' })

    h.clock.set('2026-11-25T03:00:00.000Z')
    const waiting = await h.ok(requestMoreInfo, { reportId, question: '请提供商标注册证和投诉通知原件' }, EXPERT)
    expect(waiting).toMatchObject({ status: 'awaiting_info', sla: { pausedAt: '2026-11-25T03:00:00.000Z' } })

    // The enterprise answers the next working morning: the wait does not count.
    h.clock.set('2026-11-26T01:00:00.000Z')
    const answer = await h.ok(postMessage, { reportId, text: '已上传注册证，请查收' }, LIAISON)
    expect(answer).toMatchObject({ status: 'in_progress', event: { type: 'message', text: '已上传注册证，请查收', toStatus: 'in_progress' } })
    const resumed = await h.ok(getReport, { reportId }, LIAISON)
    expect(resumed.sla.pausedAt).toBeNull()
    const shift = new Date(resumed.sla.resolutionDueAt).getTime() - new Date(waiting.sla.resolutionDueAt).getTime()
    expect(shift).toBeGreaterThan(0)

    await h.ok(postMessage, { reportId, text: '收到，正在研究' }, EXPERT)
    await h.ok(provideGuidance, { reportId, guidance: '建议先提交反通知，并准备使用证据' }, EXPERT)
    const resolved = await h.ok(resolveReport, { reportId, summary: '已指导企业提交反通知，链接恢复', outcomeCategory: 'guidance_given' }, EXPERT)
    expect(resolved).toMatchObject({ status: 'resolved', resolution: { outcomeCategory: 'guidance_given' } })
    expect(await h.call(rateReport, { reportId, score: 6 }, LIAISON)).toMatchObject({ ok: false, code: 'VALIDATION_FAILED', message: '评分最高 5 分' })
    const rated = await h.ok(rateReport, { reportId, score: 5, comment: '响应很快' }, LIAISON)
    expect(rated).toMatchObject({ status: 'closed', rating: { score: 5, comment: '响应很快' } })
    expect(rated.timeline.map((e) => e.type)).toEqual([
      'submitted',
      'assigned',
      'accepted',
      'info_requested',
      'message',
      'message',
      'guidance',
      'resolved',
      'rated',
    ])
    expect(await h.call(rateReport, { reportId, score: 4 }, LIAISON)).toMatchObject({ ok: false, code: 'INVALID_STATE' })
    expect(await h.call(postMessage, { reportId, text: '再问一句' }, LIAISON)).toMatchObject({ ok: false, code: 'INVALID_STATE' })
  })

  it('lets the enterprise withdraw a report nobody accepted; nobody can act on it afterwards', async () => {
    const { reportId } = await h.ok(submitReport, reportInput(), LIAISON)
    const withdrawn = await h.ok(withdrawReport, { reportId, reason: '已与对方和解' }, LIAISON)
    expect(withdrawn.status).toBe('withdrawn')
    expect(await h.call(acceptReport, { reportId }, EXPERT)).toMatchObject({ ok: false, code: 'INVALID_STATE' })
  })
})
