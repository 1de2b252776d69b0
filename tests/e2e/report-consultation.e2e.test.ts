import { getBooking, saveAvailability } from '../../types/consultations/contracts'
import { DEFAULT_AVAILABILITY } from '../../types/consultations/availability'
import { getReport, submitReport } from '../../types/reports/contracts'
import { reportInput } from '../../server/modules/reports/testing/reports-fixture'
import { openPage } from './support/browser-page'
import { useBrowserHarness } from './support/browser-harness'
import { button, poll, signInAs, visible } from './support/locators'

const AGENCY_ID = 'agency_b1_01'
const LIAISON = 'dev-openid-liaison'
// The harness clock: Wednesday 2026-11-25 10:00 Shanghai; Thursday 10:00 Shanghai is free.
const THU_1000 = '2026-11-26T02:00:00.000Z'

const e2e = useBrowserHarness({ now: '2026-11-25T02:00:00.000Z' })

test('a liaison books a consultation from their report; the booking shows on the report timeline', async () => {
  await e2e.harness.ok(
    saveAvailability,
    { rules: { ...DEFAULT_AVAILABILITY, minNoticeHours: 2, modes: ['onsite', 'video'], topics: ['dispute_response'], ipTypes: ['trademark'] } },
    'dev-openid-agency',
  )
  const { reportId } = await e2e.harness.ok(submitReport, reportInput(), LIAISON)
  const { context, page, errors } = await openPage(e2e.browser, e2e.harness)

  // 1. The liaison opens the report and taps 预约咨询: the provider list knows the report and its topic.
  await signInAs(page, e2e.harness.url, 'liaison')
  await page.goto(`${e2e.harness.url}/#/packages/reports/detail/index?id=${reportId}`)
  await button(page, 'report-book-consultation').click()
  await visible(page, 'providers-linked-report').waitFor()
  const agencyCard = page.locator(`[data-testid="provider-card"][data-id="${AGENCY_ID}"]:visible`).first()
  await agencyCard.locator('taro-button-core[data-testid="provider-book"]').click()

  // 2. Picks Thursday 10:00 on site, asks, and books.
  await visible(page, 'consultation-book').waitFor()
  await page.locator(`[data-testid="slot"][data-start="${THU_1000}"]:visible`).click()
  await visible(page, 'book-mode-onsite').click()
  await visible(page, 'book-questions').locator('textarea').fill('亚马逊店铺被投诉商标侵权，请帮助判断是否应诉。')
  await button(page, 'book-submit').click()
  const detail = page.locator('[data-testid="consultation-detail"][data-status="confirmed"]:visible').first()
  await detail.waitFor()
  const bookingId = (await detail.getAttribute('data-id')) ?? ''
  const booking = await e2e.harness.ok(getBooking, { bookingId }, LIAISON)
  expect(booking.reportId).toBe(reportId)

  // 3. Back on the report (the page still in the stack, shown again), its timeline shows the booking.
  await page.goto(`${e2e.harness.url}/#/packages/reports/detail/index?id=${reportId}`)
  const event = page.locator('[data-testid="report-timeline"]:visible [data-testid="timeline-event"][data-type="consultation"]').first()
  await event.waitFor()
  const expected = `已预约咨询：${booking.provider.name} 2026-11-26 10:00`
  expect(await poll(() => event.innerText(), (text) => text.includes(expected))).toContain(expected)
  // The server agrees: exactly one consultation event.
  const timeline = (await e2e.harness.ok(getReport, { reportId }, LIAISON)).timeline.filter((e) => e.type === 'consultation')
  expect(timeline.map((e) => e.text)).toEqual([expected])

  expect(errors).toEqual([])
  await context.close()
}, 240_000)
