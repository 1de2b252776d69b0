import ExcelJS from 'exceljs'
import { submitReport } from '../../types/reports/contracts'
import { exportWorkbook, XLSX_MIME_TYPE, type ExportLink } from '../../types/workbench/exports'
import { updateRegistryEntry } from '../../types/workbench/registry'
import { startHarness, type GatewayHarness } from '../../tests/support/gateway-harness'
import { REPORTS, type ReportRecord } from '../modules/reports/records'
import { ENTERPRISES, type EnterpriseRecord } from '../modules/users/records'
import { EXPERT, LIAISON, STAFF, reportInput } from '../modules/reports/testing/reports-fixture'
import { reportRecord } from '../modules/workbench/testing/seed-records'
import { CONSULTATION_BOOKINGS, type BookingRecord } from '../modules/consultations/records'
import { SALON_REGISTRATIONS, SALON_SESSIONS, type RegistrationRecord, type SessionRecord } from '../modules/salons/records'
import { bookingRecord, registrationRecord, sessionRecord } from '../modules/workbench/testing/booking-seed-records'

let h: GatewayHarness
beforeEach(async () => {
  h = await startHarness({ now: '2026-12-05T02:00:00.000Z' })
})
afterEach(() => h.close())

/** Follows an export's link as a browser would, and opens the XLSX it downloads. */
async function open(link: ExportLink) {
  const response = await fetch(`${h.url}${link.url}`)
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toBe(XLSX_MIME_TYPE)
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(await response.arrayBuffer())
  return workbook
}

function rowsOf(sheet: ExcelJS.Worksheet | undefined): unknown[][] {
  const rows: unknown[][] = []
  sheet?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)))
  return rows
}

describe('workbench exports (opened and read back)', () => {
  it('the dashboard of a period: figures on the first sheet, each breakdown on its own', async () => {
    await h.store.collection<ReportRecord>(REPORTS).insertMany([
      reportRecord('r1', { countries: ['US', 'DE'], sla: { firstResponseWorkingMinutes: 60 }, rating: { score: 5, comment: null, ratedAt: '2026-11-20T02:00:00.000Z' } }),
      reportRecord('r2', { serviceType: 'trade_fair', sla: { firstResponseWorkingMinutes: 1200 }, rating: { score: 3, comment: null, ratedAt: '2026-11-21T02:00:00.000Z' } }),
    ])
    await h.store.collection<BookingRecord>(CONSULTATION_BOOKINGS).insertMany([
      bookingRecord('b1', { status: 'attended', rating: 5 }),
      bookingRecord('b2', { status: 'attended', rating: 2 }),
      bookingRecord('b3', { status: 'no_show' }),
    ])
    await h.store.collection<SessionRecord>(SALON_SESSIONS).insert(sessionRecord('s1', {}))
    await h.store.collection<RegistrationRecord>(SALON_REGISTRATIONS).insertMany([
      registrationRecord('g1', 's1', { checkedInAt: '2026-11-12T06:01:00.000Z' }),
      registrationRecord('g2', 's1', {}),
      registrationRecord('g3', 's1', {}),
    ])
    const file = await h.ok(exportWorkbook, { kind: 'dashboard', period: { kind: 'month', year: 2026, month: 11 } }, STAFF)
    expect(file.fileName).toBe('工作台统计-2026年11月-20261205-1000.xlsx')
    expect(file.rowCount).toBe(2)
    const book = await open(file)
    expect(book.worksheets.map((s) => s.name)).toEqual(['概览', '按服务类型', '按知识产权类型', '按国家地区', '按县市区', '在办案件'])
    const summary = new Map(rowsOf(book.getWorksheet('概览')).map((r) => [r[0], r[1]]))
    expect(summary.get('上报总数')).toBe(2)
    expect(summary.get('首次响应中位数（工作小时）')).toBe(10.5)
    expect(summary.get('3个工作日内响应率（%）')).toBe(100)
    expect(summary.get('1个工作日内响应率（%）')).toBe(50)
    expect(summary.get('欧盟中小企业知识产权服务台 3个工作日内答复率（%）')).toBe(98.8)
    expect(summary.get('满意率（4分及以上，%）')).toBe(50)
    expect(summary.get('平均评分')).toBe(4)
    expect(summary.get('咨询已完成（场）')).toBe(2)
    expect(summary.get('咨询未到场（场）')).toBe(1)
    expect(summary.get('咨询已取消（场）')).toBe(0)
    expect(summary.get('咨询满意率（4分及以上，%）')).toBe(50)
    expect(summary.get('咨询平均评分')).toBe(3.5)
    expect(summary.get('沙龙举办场次')).toBe(1)
    expect(summary.get('沙龙报名人数（已确认）')).toBe(3)
    expect(summary.get('沙龙到场人数')).toBe(1)
    expect(summary.get('沙龙到场率（%）')).toBe(33.3)
    expect(rowsOf(book.getWorksheet('按国家地区'))).toEqual([['国家/地区', '数量'], ['美国', 2], ['德国', 1]])
    expect(rowsOf(book.getWorksheet('按服务类型'))).toEqual([['服务类型', '数量'], ['纠纷应对', 1], ['展会知识产权保护', 1]])
  })

  it('the annual summary sheet in the reporting order, then the year’s dashboard', async () => {
    await h.store.collection<ReportRecord>(REPORTS).insert(reportRecord('r1', { createdAt: '2026-03-02T02:00:00.000Z' }))
    const book = await open(await h.ok(exportWorkbook, { kind: 'annual', year: 2026 }, STAFF))
    const rows = rowsOf(book.worksheets[0])
    expect(book.worksheets[0].name).toBe('2026年度汇总')
    expect(rows[0]).toEqual(['2026年度海外知识产权维权援助工作情况汇总'])
    expect(rows.map((r) => r[0])).toEqual(expect.arrayContaining(['一、受理情况', '二、时效', '三、满意度', '四、培训（沙龙）', '五、预警信息']))
    expect(rows.find((r) => r[0] === '上报（求助）总数')?.[1]).toBe(1)
    expect(rows.find((r) => r[0] === '  其中：纠纷应对')?.[1]).toBe(1)
  })

  it('the liaison registry and the audit log as lists; codes stay text', async () => {
    const [demo] = await h.store.collection<EnterpriseRecord>(ENTERPRISES).find({})
    await h.ok(updateRegistryEntry, { enterpriseId: demo._id, keyEnterprise: true, district: '魏都区' }, STAFF)
    await h.ok(submitReport, reportInput(), LIAISON)
    const registry = await open(await h.ok(exportWorkbook, { kind: 'registry', keyOnly: true }, STAFF))
    const rows = rowsOf(registry.getWorksheet('联络员名册'))
    expect(rows).toHaveLength(2)
    expect(rows[1].slice(0, 7)).toEqual([demo.name, demo.creditCode, expect.any(String), expect.any(String), '魏都区', '是', '王联络'])

    const audit = await open(await h.ok(exportWorkbook, { kind: 'audit' }, STAFF))
    const entries = rowsOf(audit.getWorksheet('操作日志'))
    expect(entries[0]).toEqual(['时间', '人员', '角色', '类型', '操作', '记录', '结果'])
    expect(entries.slice(1).map((r) => r[4])).toContain('workbench.updateRegistryEntry')
  })

  it('refuses other roles and explains a bad request', async () => {
    expect(await h.call(exportWorkbook, { kind: 'registry' }, EXPERT)).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(await h.call(exportWorkbook, { kind: 'everything' }, STAFF)).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' })
  })
})
