import { listMyMessages } from '../../types/messaging/contracts'
import {
  acceptReport,
  declineReport,
  getReport,
  listReports,
  reassignReport,
  rateReport,
  reopenReport,
  resolveReport,
  submitReport,
} from '../../types/reports/contracts'
import { startHarness, type GatewayHarness } from '../../tests/support/gateway-harness'
import { addMatchingExpert, DEMO_EXPERT_ID, EXPERT, LIAISON, STAFF, reportInput } from '../modules/reports/testing/reports-fixture'

let h: GatewayHarness
beforeEach(async () => {
  h = await startHarness()
})
afterEach(() => h.close())

/** Polls until `check` passes: the gateway's timer runner fires triggers when the clock moves. */
async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + 8000
  for (;;) {
    const value = await read()
    if (check(value)) return value
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(value)}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

describe('reports: one consistent owner under concurrency', () => {
  it('parallel accepts by the assignee: exactly one applies', async () => {
    const { reportId } = await h.ok(submitReport, reportInput(), LIAISON)
    const results = await Promise.all([1, 2, 3].map(() => h.call(acceptReport, { reportId }, EXPERT)))
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    for (const r of results.filter((x) => !x.ok)) expect(['CONFLICT', 'INVALID_STATE']).toContain(r.ok ? '' : r.code)
    const detail = await h.ok(getReport, { reportId }, STAFF)
    expect(detail).toMatchObject({ status: 'in_progress', version: 3, assignee: { id: DEMO_EXPERT_ID } })
    expect(detail.timeline.filter((e) => e.type === 'accepted')).toHaveLength(1)
  })

  it('reassign racing an accept leaves one owner whose history matches', async () => {
    const second = await addMatchingExpert(h, 'openid-expert-2', '周律师')
    const demo = 'expert:' + DEMO_EXPERT_ID
    // Tie on load: round-robin; make sure the report sits with the demo expert first.
    let report = await h.ok(submitReport, reportInput(), LIAISON)
    if (report.assignee && `${report.assignee.kind}:${report.assignee.id}` !== demo) {
      report = await h.ok(reassignReport, { reportId: report.reportId, assignee: { kind: 'expert', id: DEMO_EXPERT_ID }, reason: '测试准备' }, STAFF)
    }
    const { reportId } = report
    const [accept, reassign] = await Promise.all([
      h.call(acceptReport, { reportId }, EXPERT),
      h.call(reassignReport, { reportId, assignee: { kind: 'expert', id: second.expertId }, reason: '专家出差，改派' }, STAFF),
    ])
    expect(accept.ok || reassign.ok).toBe(true)
    const detail = await h.ok(getReport, { reportId }, STAFF)
    if (reassign.ok) {
      expect(detail).toMatchObject({ status: 'assigned', assignee: { id: second.expertId, userId: second.userId } })
    } else {
      expect(detail).toMatchObject({ status: 'in_progress', assignee: { id: DEMO_EXPERT_ID } })
    }
    // Every applied change is one timeline event with the next version: no lost or doubled step.
    const versioned = detail.timeline.filter((e) => /__v\d+$/.test(e.eventId)).map((e) => Number(e.eventId.split('__v')[1]))
    expect(versioned).toEqual(Array.from({ length: detail.version }, (_, i) => i + 1))
  })
})

describe('reports: decline and staff reassignment', () => {
  it('a decline reassigns to the next matching expert; when nobody is left, staff are told', async () => {
    const second = await addMatchingExpert(h, 'openid-expert-2', '周律师')
    const report = await h.ok(submitReport, reportInput(), LIAISON)
    const first = report.assignee
    expect(first).not.toBeNull()
    const firstOpenid = first?.id === DEMO_EXPERT_ID ? EXPERT : 'openid-expert-2'
    const otherOpenid = firstOpenid === EXPERT ? 'openid-expert-2' : EXPERT

    const declined = await h.ok(declineReport, { reportId: report.reportId, reason: '存在利益冲突' }, firstOpenid)
    expect(declined.status).toBe('assigned')
    expect(declined.assignee?.id).not.toBe(first?.id)
    expect(declined.timeline.at(-1)).toMatchObject({ type: 'declined', actorRole: 'assignee' })
    expect(declined.timeline.at(-1)?.text).toMatch(/^原承办方无法承办，已改派给/)
    const forStaff = (await h.ok(getReport, { reportId: report.reportId }, STAFF)).timeline.at(-1)?.text
    expect(forStaff).toContain('拒绝：存在利益冲突')
    expect(forStaff).toContain('已拒绝')
    // The decliner no longer sees it.
    expect(await h.call(getReport, { reportId: report.reportId }, firstOpenid)).toMatchObject({ ok: false, code: 'NOT_FOUND' })

    const none = await h.ok(declineReport, { reportId: report.reportId, reason: '工作量已满' }, otherOpenid)
    expect(none).toMatchObject({ status: 'unassigned', assignee: null })
    expect(none.timeline.at(-1)?.text).toBe('正在为您安排合适的专家或机构，工作人员会尽快处理')
    expect((await h.ok(getReport, { reportId: report.reportId }, STAFF)).timeline.at(-1)?.text).toContain('等待工作人员分派')
    expect((await h.ok(listReports, { status: 'unassigned' }, STAFF)).total).toBe(1)

    const reassigned = await h.ok(reassignReport, { reportId: report.reportId, assignee: { kind: 'expert', id: second.expertId }, reason: '协调后由周律师承办' }, STAFF)
    expect(reassigned).toMatchObject({ status: 'assigned', assignee: { id: second.expertId } })
    expect(reassigned.timeline.at(-1)).toMatchObject({ type: 'reassigned', actorRole: 'staff' })
  })
})

describe('reports: SLA timer, rating and reopen', () => {
  it('the checkSla timer escalates an overdue report once, records the breach and tells staff', async () => {
    const { reportId } = await h.ok(submitReport, reportInput({ urgency: 'normal' }), LIAISON)
    // Due Fri 2026-11-27 16:00 Shanghai; Thursday evening nothing happens yet.
    h.clock.set('2026-11-26T10:00:00.000Z')
    await new Promise((resolve) => setTimeout(resolve, 600))
    expect((await h.ok(getReport, { reportId }, STAFF)).escalated).toBe(false)

    h.clock.set('2026-11-27T08:10:00.000Z')
    const escalated = await eventually(() => h.ok(getReport, { reportId }, STAFF), (r) => r.escalated, 'escalation')
    expect(escalated.sla.firstResponseBreachedAt).toBe('2026-11-27T08:10:00.000Z')
    expect((await h.ok(listReports, { escalatedOnly: true }, STAFF)).total).toBe(1)

    // Later runs and a late accept never reset the record.
    h.clock.set('2026-11-27T08:30:00.000Z')
    await h.ok(acceptReport, { reportId }, EXPERT)
    h.clock.set('2026-11-27T08:40:00.000Z')
    await new Promise((resolve) => setTimeout(resolve, 600))
    const after = await h.ok(getReport, { reportId }, STAFF)
    expect(after.sla.firstResponseBreachedAt).toBe('2026-11-27T08:10:00.000Z')
    expect(after.timeline.filter((e) => e.type === 'sla_breached')).toHaveLength(1)

    const messages = await eventually(
      () => h.ok(listMyMessages, {}, STAFF),
      (page) => page.items.some((m) => m.title.includes('超过首次响应时限')),
      'staff message',
    )
    expect(messages.unreadCount).toBeGreaterThan(0)
  })

  it('rates, reopens within 14 days to the same assignee, and refuses a reopen after 14 days', async () => {
    const { reportId } = await h.ok(submitReport, reportInput(), LIAISON)
    await h.ok(acceptReport, { reportId }, EXPERT)
    await h.ok(resolveReport, { reportId, summary: '已出具应诉指导意见', outcomeCategory: 'guidance_given' }, EXPERT)
    await h.ok(rateReport, { reportId, score: 3 }, LIAISON)

    h.clock.set('2026-12-08T02:00:00.000Z') // 13 days later
    const reopened = await h.ok(reopenReport, { reportId, reason: '对方再次投诉，需要继续指导' }, LIAISON)
    expect(reopened).toMatchObject({ status: 'in_progress', assignee: { id: DEMO_EXPERT_ID }, rating: null, resolution: null })
    expect(reopened.timeline.map((e) => e.type).slice(-3)).toEqual(['resolved', 'rated', 'reopened'])

    await h.ok(resolveReport, { reportId, summary: '已协助提交第二次反通知', outcomeCategory: 'settled' }, EXPERT)
    h.clock.set('2026-12-23T03:00:00.000Z') // 15 days after the second resolution
    const late = await h.call(reopenReport, { reportId, reason: '还想再问问' }, LIAISON)
    expect(late).toMatchObject({ ok: false, code: 'INVALID_STATE', message: '办结超过 14 天的上报不能重新打开，请提交新的上报' })

    // The unrated resolution got exactly one reminder from the timer.
    const reminded = await eventually(
      () => h.ok(getReport, { reportId }, LIAISON),
      (r) => r.timeline.some((e) => e.type === 'rating_reminded'),
      'rating reminder',
    )
    h.clock.set('2026-12-24T03:00:00.000Z')
    await new Promise((resolve) => setTimeout(resolve, 600))
    expect((await h.ok(getReport, { reportId }, LIAISON)).timeline.filter((e) => e.type === 'rating_reminded')).toHaveLength(1)
    expect(reminded.status).toBe('resolved')
  })
})
