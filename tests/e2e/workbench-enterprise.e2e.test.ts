import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import type { Page } from 'playwright-core'
import { submitReport } from '../../types/reports/contracts'
import { CONSULTATION_BOOKINGS, type BookingRecord } from '../../server/modules/consultations/records'
import { LIAISON, reportInput } from '../../server/modules/reports/testing/reports-fixture'
import { SALON_REGISTRATIONS, SALON_SESSIONS, type RegistrationRecord, type SessionRecord } from '../../server/modules/salons/records'
import { ENTERPRISES, type EnterpriseRecord } from '../../server/modules/users/records'
import { bookingRecord, registrationRecord, sessionRecord } from '../../server/modules/workbench/testing/booking-seed-records'
import { openPage } from './support/browser-page'
import { useBrowserHarness } from './support/browser-harness'
import { button, signInAs, visible } from './support/locators'

const e2e = useBrowserHarness({ now: '2026-11-25T02:00:00.000Z' })

async function expectText(locator: ReturnType<typeof visible>, text: string) {
  await locator.waitFor()
  await expect(locator.innerText()).resolves.toContain(text)
}

/** Taps what starts a download and opens the XLSX the e2e.browser saved. */
async function downloadWorkbook(page: Page, tap: () => Promise<void>) {
  const [download] = await Promise.all([page.waitForEvent('download'), tap()])
  const book = new ExcelJS.Workbook()
  const bytes = await readFile(await download.path())
  await book.xlsx.load(bytes as unknown as ArrayBuffer)
  return { book, name: download.suggestedFilename() }
}

test('staff open an enterprise from the registry: fields, liaison, district, reports, consultations, salons; exports download', async () => {
  const [enterprise] = await e2e.harness.store.collection<EnterpriseRecord>(ENTERPRISES).find({})
  const report = await e2e.harness.ok(submitReport, reportInput(), LIAISON)
  await e2e.harness.store.collection<BookingRecord>(CONSULTATION_BOOKINGS).insertMany([
    bookingRecord('b1', { enterpriseId: enterprise._id, startAt: '2026-11-12T02:00:00.000Z', status: 'attended', rating: 5 }),
    bookingRecord('b2', { enterpriseId: enterprise._id, startAt: '2026-11-18T02:00:00.000Z', status: 'no_show' }),
  ])
  await e2e.harness.store.collection<SessionRecord>(SALON_SESSIONS).insert(sessionRecord('s1', { startsAt: '2026-11-20T06:00:00.000Z', title: '美国商标应诉沙龙' }))
  await e2e.harness.store.collection<RegistrationRecord>(SALON_REGISTRATIONS).insertMany([
    registrationRecord('g1', 's1', { enterpriseKey: `ent:${enterprise._id}`, attendeeName: '王联络', checkedInAt: '2026-11-20T06:05:00.000Z' }),
    registrationRecord('g2', 's1', { enterpriseKey: `ent:${enterprise._id}`, attendeeName: '李同事' }),
  ])

  const { context, page, errors } = await openPage(e2e.browser, e2e.harness)
  await signInAs(page, e2e.harness.url, 'staff')
  await visible(page, 'entry-workbench').click()
  await visible(page, 'open-registry').click()
  const row = page.locator('[data-testid="registry-item"]:visible', { hasText: enterprise.name })
  // The registry names the liaison as on the application, not by the WeChat nickname.
  await expectText(row, '王联络')
  await expect(row.innerText()).resolves.not.toContain('王联络（瑞发发制品）')
  await row.locator('[data-testid="open-enterprise"]').click()

  await expectText(visible(page, 'overview-name'), enterprise.name)
  await expectText(visible(page, 'overview-liaisons'), '王联络')
  await expectText(visible(page, 'overview-reports'), '共 1 件')
  await expectText(visible(page, 'overview-consultations-summary'), '已完成 1 次 · 未到场 1 次')
  await expectText(visible(page, 'overview-consultations-summary'), '平均评分 5.0（1 条评价）')
  await expectText(visible(page, 'overview-salons-summary'), '到场率 50%')
  await expectText(visible(page, 'overview-salons'), '美国商标应诉沙龙')
  await page.waitForTimeout(500)
  await page.screenshot({ path: join(__dirname, '..', '..', 'docs', 'screenshots', 'workbench-enterprise.png'), fullPage: true })

  // Staff set the district here (the application does not ask for it) and flag a key enterprise.
  await expectText(visible(page, 'overview-district'), '未填写')
  await visible(page, 'overview-district').click()
  await page.locator('.weui-picker__action:visible', { hasText: '确定' }).first().click()
  await expectText(visible(page, 'overview-district'), '魏都区')
  // Taro H5's picker finishes its closing animation 350 ms later; a person cannot tap faster.
  await page.waitForTimeout(500)
  await visible(page, 'overview-toggle-key').click()
  await visible(page, 'overview-key').waitFor()

  // A report opens its own page.
  await visible(page, 'overview-report').click()
  await expect(visible(page, 'report-detail').getAttribute('data-report-id')).resolves.toBe(report.reportId)

  // Back in the registry, the list exports as a file download (a 10-minute link), read back here.
  await page.goBack()
  await page.goBack()
  await expectText(page.locator('[data-testid="registry-item"]:visible', { hasText: enterprise.name }), '魏都区')
  const registry = await downloadWorkbook(page, () => visible(page, 'export-registry').click())
  expect(registry.name).toMatch(/^联络员名册-\d{8}-\d{4}\.xlsx$/)
  const sheet = registry.book.getWorksheet('联络员名册')
  const rowValues = (sheet?.getRow(2).values as unknown[]).slice(1)
  expect(rowValues.slice(0, 7)).toEqual([enterprise.name, enterprise.creditCode, expect.any(String), expect.any(String), '魏都区', '是', '王联络'])

  // The dashboard's export comes the same way.
  await page.goBack()
  await visible(page, 'tile-total-value').waitFor()
  const dashboard = await downloadWorkbook(page, () => button(page, 'export-period').click())
  expect(dashboard.name).toMatch(/^工作台统计-2026年11月-/)
  const summary = new Map<unknown, unknown>()
  dashboard.book.getWorksheet('概览')?.eachRow((r) => summary.set(r.getCell(1).value, r.getCell(2).value))
  expect(summary.get('上报总数')).toBe(1)

  // And the audit log, which shows the district and key-flag changes made on the enterprise page.
  await visible(page, 'open-audit').click()
  const audit = await downloadWorkbook(page, () => visible(page, 'export-audit').click())
  const actions: unknown[] = []
  audit.book.getWorksheet('操作日志')?.eachRow((r) => actions.push(r.getCell(5).value))
  expect(actions.filter((a) => a === 'workbench.updateRegistryEntry')).toHaveLength(2)

  expect(errors).toEqual([])
  await context.close()
}, 180_000)
