import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Locator, Page } from 'playwright-core'
import { listMyReports, submitReport } from '../../types/reports/contracts'
import { openPage } from './support/browser-page'
import { useBrowserHarness } from './support/browser-harness'
import { visible, button, poll, signInAs } from './support/locators'

const statusIs = (page: Page, status: string) => page.locator(`[data-testid="report-status"][data-status="${status}"]:visible`).first()
const ARTIFACTS = join(__dirname, 'artifacts')
const SCREENSHOTS = join(__dirname, '..', '..', 'docs', 'screenshots')

const e2e = useBrowserHarness({ now: '2026-11-25T02:00:00.000Z' })

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true })
  mkdirSync(SCREENSHOTS, { recursive: true })
}, 60_000)

async function expectText(locator: Locator, text: string) {
  await locator.waitFor()
  expect(await poll(() => locator.innerText(), (value) => value.includes(text))).toContain(text)
}

/** Waits out Taro's page transition: the leaving page stays in the DOM for a moment. */
async function waitForSinglePage(page: Page, testId: string) {
  expect(await poll(() => page.locator(`[data-testid="${testId}"]`).count(), (n) => n === 1)).toBe(1)
  // The slide-in animation widens the document: typing into a field then scrolls it sideways.
  await page.waitForTimeout(500)
}

/** A screenshot of the viewport with `testId` in view, without sideways scroll or a toast on top. */
async function screenshotAt(page: Page, testId: string, path: string) {
  await page.waitForTimeout(2000)
  await visible(page, testId).evaluate((element) => {
    element.scrollIntoView({ block: 'start' })
    for (let node: Element | null = element; node; node = node.parentElement) node.scrollLeft = 0
    document.scrollingElement?.scrollTo({ left: 0 })
  })
  await page.screenshot({ path })
}

async function fillText(page: Page, testId: string, text: string) {
  await visible(page, testId).locator('textarea').fill(text)
}

test('a liaison reports a dispute, the matching expert handles it, the liaison rates the service', async () => {
  const { context, page, errors } = await openPage(e2e.browser, e2e.harness)
  const pageErrors: string[] = []
  page.on('pageerror', (error) => pageErrors.push(error.message))

  // 1. The liaison opens 上报 and starts a new report.
  await signInAs(page, e2e.harness.url, 'liaison')
  await page.goto(`${e2e.harness.url}/#/pages/report/index`)
  await visible(page, 'report-new').click()
  await visible(page, 'report-form').waitFor()

  // 2. An incomplete form is refused on the spot, field by field.
  await button(page, 'report-submit').click()
  await expectText(visible(page, 'field-error-serviceType'), '请选择列表中的服务类型')
  await visible(page, 'field-error-description').waitFor()

  await visible(page, 'report-service-dispute_response').click()
  await visible(page, 'report-ip-trademark').click()
  await visible(page, 'report-country-US').click()
  await visible(page, 'report-counterpart').locator('input').fill('Glamour Hair LLC（美国）')

  // 3. The draft survives leaving the page.
  await page.goBack()
  expect(await poll(() => page.locator('[data-testid="report-form"]').count(), (n) => n === 0)).toBe(0)
  await visible(page, 'report-new').click()
  await waitForSinglePage(page, 'report-form')
  await expect(visible(page, 'report-counterpart').locator('input').inputValue()).resolves.toBe('Glamour Hair LLC（美国）')
  await expect(visible(page, 'report-service-dispute_response').getAttribute('data-selected')).resolves.toBe('true')

  const description = '我司出口美国的假发产品被对方在美国法院起诉商标侵权，要求 30 日内答辩，请求专家指导应诉策略。'
  await fillText(page, 'report-description', description)
  await expectText(visible(page, 'report-description-counter'), `${description.length} / 2000`)
  await visible(page, 'report-attachments-note').waitFor()
  await screenshotAt(page, 'report-field-counterpart', join(SCREENSHOTS, 'report-form.png'))

  // 4. Submit (a double tap creates one report): it is auto-assigned to the matching demo expert.
  // Two taps in one task, before React re-renders the button as disabled.
  await button(page, 'report-submit').evaluate((element: HTMLElement) => {
    element.click()
    element.click()
  })
  await visible(page, 'report-success').waitFor()
  await button(page, 'report-open-detail').click()
  await visible(page, 'report-detail').waitFor()
  const reportId = await visible(page, 'report-detail').getAttribute('data-report-id')
  expect(reportId).toBeTruthy()
  await statusIs(page, 'assigned').waitFor()
  await expectText(visible(page, 'report-assignee'), '林知远')
  await expectText(page.locator('[data-testid="timeline-event"][data-type="assigned"]:visible').first(), '林知远')
  await visible(page, 'sla-first-response').waitFor()
  const mine = await e2e.harness.ok(listMyReports, {}, 'dev-openid-liaison')
  expect(mine.total).toBe(1)

  // 5. The expert finds it in the inbox, accepts, writes to the enterprise, advises and resolves.
  await signInAs(page, e2e.harness.url, 'expert')
  await page.goto(`${e2e.harness.url}/#/pages/report/index`)
  await visible(page, 'report-assigned').click()
  await visible(page, `report-item`).click()
  await visible(page, 'report-detail').waitFor()
  await button(page, 'report-accept').click()
  await statusIs(page, 'in_progress').waitFor()

  await fillText(page, 'report-message-text', '已接单，请提供起诉状与商标注册证复印件。')
  await button(page, 'report-message-submit').click()
  await expectText(visible(page, 'report-thread'), '已接单，请提供起诉状与商标注册证复印件。')

  await button(page, 'report-guidance-open').click()
  await fillText(page, 'report-guidance-text', '建议在答辩期内委托美国律师提交答辩，同时收集在先使用证据。')
  await button(page, 'report-guidance-submit').click()
  await expectText(visible(page, 'report-thread'), '建议在答辩期内委托美国律师')

  await button(page, 'report-resolve-open').click()
  await button(page, 'report-resolve-submit').click()
  await visible(page, 'field-error-outcomeCategory').waitFor()
  await visible(page, 'resolve-outcome-guidance_given').click()
  await fillText(page, 'report-resolve-text', '已提供应诉指导，企业已委托当地律师答辩。')
  await button(page, 'report-resolve-submit').click()
  await statusIs(page, 'resolved').waitFor()

  // 6. The liaison sees the result and rates the service 5 stars.
  await signInAs(page, e2e.harness.url, 'liaison')
  await page.goto(`${e2e.harness.url}/#/packages/reports/detail/index?id=${reportId}`)
  await statusIs(page, 'resolved').waitFor()
  await visible(page, 'rating-star-5').click()
  await fillText(page, 'report-rate-text', '响应及时，指导专业。')
  await button(page, 'report-rate-submit').click()
  await statusIs(page, 'closed').waitFor()
  await expectText(visible(page, 'report-rating'), '★★★★★')

  for (const type of ['submitted', 'assigned', 'accepted', 'message', 'guidance', 'resolved', 'rated']) {
    await page.locator(`[data-testid="timeline-event"][data-type="${type}"]:visible`).first().waitFor()
  }
  await screenshotAt(page, 'report-timeline', join(SCREENSHOTS, 'report-timeline.png'))

  expect(pageErrors).toEqual([])
  expect(errors).toEqual([])
  await context.close()
}, 180_000)

test('staff see every report with a status filter and the 已超时 switch; the expert sees it in the inbox', async () => {
  const report = await e2e.harness.ok(
    submitReport,
    {
      idempotencyKey: 'e2e-staff-list-0001',
      serviceType: 'dispute_response',
      ipType: 'patent',
      countries: ['CA'],
      industry: 'hair_products',
      counterpart: 'Maple Wigs Inc.',
      deadline: '2026-12-20',
      urgency: 'urgent',
      description: '加拿大客户转告，对方就我司发制品生产设备主张专利侵权。',
      attachments: [],
    },
    'dev-openid-liaison',
  )
  const { context, page, errors } = await openPage(e2e.browser, e2e.harness)
  const pageErrors: string[] = []
  page.on('pageerror', (error) => pageErrors.push(error.message))

  await signInAs(page, e2e.harness.url, 'staff')
  await page.goto(`${e2e.harness.url}/#/pages/report/index`)
  await visible(page, 'report-staff-list').click()
  const item = page.locator(`[data-testid="report-item"][data-report-id="${report.reportId}"]:visible`).first()
  await expectText(item, 'Maple Wigs Inc.')
  await page.waitForTimeout(800)
  await page.screenshot({ path: join(ARTIFACTS, 'reports-staff-list.png') })

  // Nothing is overdue at this fixed clock; the in-progress filter leaves the new report out.
  await visible(page, 'staff-escalated-only').click()
  await visible(page, 'reports-empty').waitFor()
  await visible(page, 'staff-escalated-only').click()
  await visible(page, 'staff-filter-in_progress').click()
  await visible(page, 'reports-empty').waitFor()
  await visible(page, 'staff-filter-assigned').click()
  await item.click()
  await visible(page, 'staff-actions').waitFor()
  await expectText(visible(page, 'report-sla'), '前')
  await page.waitForTimeout(800)
  await page.screenshot({ path: join(ARTIFACTS, 'reports-staff-detail.png') })

  await signInAs(page, e2e.harness.url, 'expert')
  await visible(page, 'entry-assigned-reports').click()
  await expectText(page.locator(`[data-testid="report-item"][data-report-id="${report.reportId}"]:visible`).first(), '紧急')
  await page.waitForTimeout(800)
  await page.screenshot({ path: join(ARTIFACTS, 'reports-assigned.png') })

  expect(pageErrors).toEqual([])
  expect(errors).toEqual([])
  await context.close()
}, 120_000)
