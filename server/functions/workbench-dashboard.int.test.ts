import { acceptReport, resolveReport, submitReport } from '../../types/reports/contracts'
import { getDashboard } from '../../types/workbench/dashboard'
import { startHarness, type GatewayHarness } from '../../tests/support/gateway-harness'
import { ALERT_DISPATCHES, ALERT_READS, type AlertDispatchRecord, type AlertReadRecord } from '../modules/alerts/records'
import { NOTIFICATION_OUTBOX, type OutboxRecord } from '../modules/messaging/records'
import { REPORTS, type ReportRecord } from '../modules/reports/records'
import { ADMIN, EXPERT, LIAISON, STAFF, reportInput } from '../modules/reports/testing/reports-fixture'
import { outboxRecord, reportRecord } from '../modules/workbench/testing/seed-records'

const NOVEMBER = { kind: 'month', year: 2026, month: 11 } as const
const expertA = { kind: 'expert' as const, id: 'exp_a', name: '甲专家', userId: 'usr_a' }
const agencyB = { kind: 'agency' as const, id: 'agc_b', name: '乙机构', userId: 'usr_b' }

let h: GatewayHarness
beforeEach(async () => {
  h = await startHarness({ now: '2026-12-05T02:00:00.000Z' })
})
afterEach(() => h.close())

async function seedKnownMonth() {
  const reports = h.store.collection<ReportRecord>(REPORTS)
  await reports.insertMany([
    reportRecord('r1', { countries: ['US', 'DE'], district: '魏都区', status: 'closed', sla: { firstResponseWorkingMinutes: 60, resolutionWorkingMinutes: 600 }, rating: { score: 5, comment: null, ratedAt: '2026-11-20T02:00:00.000Z' } }),
    reportRecord('r2', { ipType: 'patent', district: '魏都区', status: 'closed', sla: { firstResponseWorkingMinutes: 300, resolutionWorkingMinutes: 2000 }, rating: { score: 4, comment: null, ratedAt: '2026-11-25T02:00:00.000Z' } }),
    reportRecord('r3', { serviceType: 'trade_fair', countries: ['DE'], district: '禹州市', status: 'in_progress', assignee: expertA, sla: { firstResponseWorkingMinutes: 900, firstResponseBreachedAt: '2026-11-12T02:00:00.000Z' } }),
    reportRecord('r4', { serviceType: 'overseas_filing', ipType: 'copyright', countries: ['JP'], status: 'awaiting_info', assignee: expertA, sla: { firstResponseWorkingMinutes: 2000, resolutionBreachedAt: '2026-11-28T02:00:00.000Z' } }),
    // Submitted at the very end of November in Shanghai (23:59:59.999 on the 30th).
    reportRecord('r5', { district: '魏都区', createdAt: '2026-11-30T15:59:59.999Z' }),
    // Submitted one millisecond before November began in Shanghai; rated in November.
    reportRecord('r7', { createdAt: '2026-10-31T15:59:59.999Z', status: 'closed', sla: { firstResponseWorkingMinutes: 10, resolutionWorkingMinutes: 20 }, rating: { score: 1, comment: '慢', ratedAt: '2026-11-02T02:00:00.000Z' } }),
    // December 1st 00:00 Shanghai: outside the period, but open now.
    reportRecord('r8', { createdAt: '2026-11-30T16:00:00.000Z', status: 'assigned', assignee: agencyB, sla: { firstResponseBreachedAt: '2026-12-02T02:00:00.000Z' } }),
  ])
  // Two alerts published in November planned 5 and 7 pushes; one published in October planned 100.
  const dispatches = h.store.collection<AlertDispatchRecord>(ALERT_DISPATCHES)
  await dispatches.insertMany([
    { _id: 'c1', publishedAt: '2026-11-03T02:00:00.000Z', planned: 5 },
    { _id: 'c2', publishedAt: '2026-11-30T15:00:00.000Z', planned: 7 },
    { _id: 'c0', publishedAt: '2026-10-30T02:00:00.000Z', planned: 100 },
  ] as AlertDispatchRecord[])
  // Sent in November: two alert pushes (one of an October alert) and a report notice; one pending; one sent in October.
  const outbox = h.store.collection<OutboxRecord>(NOTIFICATION_OUTBOX)
  await outbox.insertMany([
    outboxRecord('o1', { sourceKind: 'alert', status: 'sent', createdAt: '2026-11-03T02:00:00.000Z' }),
    outboxRecord('o2', { sourceKind: 'alert', status: 'sent', createdAt: '2026-10-31T10:00:00.000Z', updatedAt: '2026-11-01T01:00:00.000Z' }),
    outboxRecord('o3', { sourceKind: 'alert', status: 'pending', createdAt: '2026-11-29T02:00:00.000Z' }),
    outboxRecord('o4', { sourceKind: 'alert', status: 'sent', createdAt: '2026-10-29T02:00:00.000Z' }),
    outboxRecord('o5', { sourceKind: 'report', status: 'sent', createdAt: '2026-11-03T02:00:00.000Z' }),
  ])
  const reads = h.store.collection<AlertReadRecord>(ALERT_READS)
  await reads.insertMany([
    { _id: 'a1', userId: 'u1', contentId: 'c1', readAt: '2026-11-04T02:00:00.000Z' },
    { _id: 'a2', userId: 'u2', contentId: 'c1', readAt: '2026-11-30T15:00:00.000Z' },
    { _id: 'a3', userId: 'u3', contentId: 'c1', readAt: '2026-12-01T02:00:00.000Z' },
  ])
}

describe('workbench dashboard: every figure on known data', () => {
  it('counts, medians, p90, shares, breaches, satisfaction, load and alert reach, exactly', async () => {
    await seedKnownMonth()
    const d = await h.ok(getDashboard, { period: NOVEMBER }, STAFF)

    expect(d.period).toEqual({ from: '2026-10-31T16:00:00.000Z', to: '2026-11-30T16:00:00.000Z', label: '2026年11月' })
    expect(d.reports.total).toBe(5)
    expect(d.reports.byServiceType).toEqual([
      { key: 'dispute_response', label: '纠纷应对', count: 3 },
      { key: 'overseas_filing', label: '海外布局', count: 1 },
      { key: 'trade_fair', label: '展会知识产权保护', count: 1 },
    ])
    expect(d.reports.byIpType.map((r) => [r.key, r.count])).toEqual([['trademark', 3], ['copyright', 1], ['patent', 1]])
    expect(d.reports.byCountry.map((r) => [r.label, r.count])).toEqual([['美国', 3], ['德国', 2], ['日本', 1]])
    expect(d.reports.byDistrict).toEqual([
      { key: '魏都区', label: '魏都区', count: 3 },
      { key: null, label: '未填写', count: 1 },
      { key: '禹州市', label: '禹州市', count: 1 },
    ])
    // First responses 60, 300, 900, 2000 working minutes.
    expect(d.firstResponse).toEqual({
      count: 4,
      medianMinutes: 600,
      p90Minutes: 2000,
      withinOneDay: { count: 2, rate: 0.5 },
      withinThreeDays: { count: 3, rate: 0.75 },
      euHelpdeskWithinThreeDays: 0.988,
    })
    expect(d.resolution).toEqual({ count: 2, medianMinutes: 1300, p90Minutes: 2000 })
    expect(d.sla).toEqual({ breached: 2, rate: 0.4 })
    // Ratings given in November: 5, 4 and 1 (the last on a report submitted in October).
    expect(d.satisfaction).toEqual({ ratings: 3, satisfied: 2, rate: 2 / 3, average: 10 / 3 })
    expect(d.openByAssignee).toEqual([
      { key: 'exp_a', label: '甲专家', count: 2 },
      { key: null, label: '待分派', count: 1 },
      { key: 'agc_b', label: '乙机构', count: 1 },
    ])
    expect(d.alerts).toEqual({ planned: 12, delivered: 2, read: 2 })
  })

  it('an empty period answers zeros and nulls, never NaN', async () => {
    const d = await h.ok(getDashboard, { period: { kind: 'year', year: 2021 } }, ADMIN)
    expect(d.reports.total).toBe(0)
    expect(d.firstResponse).toMatchObject({ count: 0, medianMinutes: null, p90Minutes: null, withinThreeDays: { count: 0, rate: null } })
    expect(d.sla).toEqual({ breached: 0, rate: null })
    expect(d.satisfaction).toEqual({ ratings: 0, satisfied: 0, rate: null, average: null })
  })

  it('odd counts take the middle value; p90 is the nearest rank', async () => {
    const reports = h.store.collection<ReportRecord>(REPORTS)
    const minutes = [5, 1, 9, 3, 7, 100, 11, 13, 15, 17, 19]
    await reports.insertMany(minutes.map((m, i) => reportRecord(`m${i}`, { sla: { firstResponseWorkingMinutes: m } })))
    const d = await h.ok(getDashboard, { period: { kind: 'quarter', year: 2026, quarter: 4 } }, STAFF)
    // Sorted: 1 3 5 7 9 11 13 15 17 19 100 → median 11; rank ⌈9.9⌉ = 10 → 19.
    expect(d.firstResponse).toMatchObject({ count: 11, medianMinutes: 11, p90Minutes: 19 })
  })

  it('times come from the transitions: submit Wednesday 10:00, accept Thursday 11:30, resolve Friday 10:00', async () => {
    h.clock.set('2026-11-25T02:00:00.000Z')
    const { reportId } = await h.ok(submitReport, reportInput(), LIAISON)
    h.clock.set('2026-11-26T03:30:00.000Z')
    await h.ok(acceptReport, { reportId }, EXPERT)
    h.clock.set('2026-11-27T02:00:00.000Z')
    await h.ok(resolveReport, { reportId, summary: '已提供应诉指导意见。', outcomeCategory: 'guidance_given' }, EXPERT)
    const d = await h.ok(getDashboard, { period: NOVEMBER }, STAFF)
    // 8 h Wednesday + 2.5 h Thursday = 630; + 6.5 h Thursday + 1 h Friday = 1080.
    expect(d.firstResponse).toMatchObject({ count: 1, medianMinutes: 630, withinOneDay: { count: 0 }, withinThreeDays: { count: 1, rate: 1 } })
    expect(d.resolution).toEqual({ count: 1, medianMinutes: 1080, p90Minutes: 1080 })
  })

  it('refuses every role but staff and admins, and explains a bad period in Chinese', async () => {
    for (const who of [LIAISON, EXPERT, 'openid-visitor']) {
      const result = await h.call(getDashboard, { period: NOVEMBER }, who)
      expect(result).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    }
    expect(await h.call(getDashboard, { period: NOVEMBER }, null)).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' })
    const bad = await h.call(getDashboard, { period: { kind: 'custom', from: '2026-11-30', to: '2026-11-01' } }, STAFF)
    expect(bad).toMatchObject({ ok: false, code: 'VALIDATION_FAILED', message: '开始日期不能晚于结束日期' })
  })
})
