import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Locator, Page } from 'playwright-core'
import { getBooking, listProviderBookings, saveAvailability } from '../../types/consultations/contracts'
import { DEFAULT_AVAILABILITY } from '../../types/consultations/availability'
import { openPage } from './support/browser-page'
import { useBrowserHarness } from './support/browser-harness'
import { visible, button, poll, signInAs } from './support/locators'

const SCREENSHOTS = join(__dirname, '..', '..', 'docs', 'screenshots')
const AGENCY_ID = 'agency_b1_01'
// The harness clock: Wednesday 2026-11-25 10:00 Shanghai. Thursday 09:00 and Friday 14:00 Shanghai:
const THU_0900 = '2026-11-26T01:00:00.000Z'
const FRI_1400 = '2026-11-27T06:00:00.000Z'

const e2e = useBrowserHarness({ now: '2026-11-25T02:00:00.000Z' })

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true })
}, 60_000)

async function expectText(locator: Locator, text: string) {
  await locator.waitFor()
  expect(await poll(() => locator.innerText(), (value) => value.includes(text))).toContain(text)
}

async function screenshotAt(page: Page, testId: string, path: string) {
  await page.waitForTimeout(1500)
  await visible(page, testId).evaluate((element) => {
    element.scrollIntoView({ block: 'start' })
    for (let node: Element | null = element; node; node = node.parentElement) node.scrollLeft = 0
    document.scrollingElement?.scrollTo({ left: 0 })
  })
  await page.screenshot({ path })
}

/** The provider's 我的咨询安排, as the agency's account sees it: the booking's card text. */
async function providerSees(page: Page, bookingId: string, scope: 'upcoming' | 'past'): Promise<Locator> {
  await signInAs(page, e2e.harness.url, 'agency')
  await page.goto(`${e2e.harness.url}/#/pages/booking/index`)
  await visible(page, 'booking-entry-consultations-provider').click()
  await visible(page, 'provider-consultations').waitFor()
  if (scope === 'past') await visible(page, 'scope-past').click()
  const card = page.locator(`[data-testid="booking-card"][data-id="${bookingId}"]:visible`).first()
  await card.waitFor()
  return card
}

test('a liaison books from an agency page, sees it under 预约, reschedules and cancels; the agency sees each change', async () => {
  await e2e.harness.ok(
    saveAvailability,
    { rules: { ...DEFAULT_AVAILABILITY, minNoticeHours: 2, modes: ['onsite', 'phone'], topics: ['dispute_response', 'trademark_squatting'], ipTypes: ['trademark'] } },
    'dev-openid-agency',
  )
  const { context, page, errors } = await openPage(e2e.browser, e2e.harness)

  // 1. From the agency's page to the slot picker.
  await signInAs(page, e2e.harness.url, 'liaison')
  await page.goto(`${e2e.harness.url}/#/packages/directory/agency-detail/index?id=${AGENCY_ID}`)
  await button(page, 'consultation-book-entry').click()
  await visible(page, 'consultation-book').waitFor()
  await expectText(visible(page, 'book-provider-name'), '许昌宗诚知识产权代理有限公司')

  // 2. Booking without a slot is refused on the spot; then pick Thursday 09:00, on site, and ask.
  await button(page, 'book-submit').click()
  await expectText(visible(page, 'field-error-startAt'), '请先选择一个时段')
  await page.locator(`[data-testid="slot"][data-start="${THU_0900}"]:visible`).click()
  await visible(page, 'book-mode-onsite').click()
  await visible(page, 'book-questions').locator('textarea').fill('美国亚马逊店铺被投诉商标侵权，想了解应诉步骤和费用。')
  await screenshotAt(page, 'consultation-book', join(SCREENSHOTS, 'consultation-book.png'))
  await button(page, 'book-submit').click()
  const detail = page.locator('[data-testid="consultation-detail"][data-status="confirmed"]:visible').first()
  await detail.waitFor()
  const bookingId = (await detail.getAttribute('data-id')) ?? ''
  expect(bookingId).toMatch(/^bk_/)
  await expectText(visible(page, 'booking-time'), '11月26日 周四 09:00–10:00')
  await expectText(visible(page, 'booking-countdown'), '还有 22 小时')
  await expectText(visible(page, 'booking-address'), '许昌市东城区魏文路莲城大厦2006室')
  await screenshotAt(page, 'consultation-detail', join(SCREENSHOTS, 'consultation-detail.png'))

  // 3. It is listed under 预约 → 我的预约 with its countdown.
  await page.goto(`${e2e.harness.url}/#/pages/booking/index`)
  await visible(page, 'booking-entry-consultations-mine').click()
  const mine = page.locator(`[data-testid="booking-card"][data-id="${bookingId}"]:visible`).first()
  await expectText(mine, '11月26日 周四 09:00–10:00')
  await expectText(mine, '还有 22 小时')
  await screenshotAt(page, 'my-consultations', join(SCREENSHOTS, 'consultation-mine.png'))

  // 4. The agency sees the booking.
  await expectText(await providerSees(page, bookingId, 'upcoming'), '11月26日 周四 09:00–10:00')

  // 5. The liaison moves it to Friday 14:00.
  await signInAs(page, e2e.harness.url, 'liaison')
  await page.goto(`${e2e.harness.url}/#/packages/consultations/detail/index?id=${bookingId}`)
  await button(page, 'booking-reschedule').click()
  await expectText(visible(page, 'book-moving-from'), '11月26日 周四 09:00–10:00')
  await page.locator(`[data-testid="slot"][data-start="${FRI_1400}"]:visible`).click()
  await button(page, 'book-confirm-move').click()
  await expectText(visible(page, 'booking-time'), '11月27日 周五 14:00–15:00')
  expect((await e2e.harness.ok(getBooking, { bookingId }, 'dev-openid-agency')).version).toBe(2)

  // 6. The agency sees the new time.
  await expectText(await providerSees(page, bookingId, 'upcoming'), '11月27日 周五 14:00–15:00')

  // 7. The liaison cancels (after confirming the dialog); the slot is free again.
  await signInAs(page, e2e.harness.url, 'liaison')
  await page.goto(`${e2e.harness.url}/#/packages/consultations/detail/index?id=${bookingId}`)
  await button(page, 'booking-cancel').click()
  await page.getByText('确定取消', { exact: true }).click()
  await page.locator('[data-testid="consultation-detail"][data-status="cancelled"]:visible').first().waitFor()

  // 8. The agency sees it cancelled, under history.
  const cancelled = await providerSees(page, bookingId, 'past')
  await expect(cancelled.getAttribute('data-status')).resolves.toBe('cancelled')
  expect((await e2e.harness.ok(listProviderBookings, { scope: 'upcoming' }, 'dev-openid-agency')).items).toEqual([])

  expect(errors).toEqual([])
  await context.close()
}, 240_000)
