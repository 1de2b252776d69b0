import { openPage } from './support/browser-page'
import { useBrowserHarness } from './support/browser-harness'
import { visible, button } from './support/locators'


// 2026-12-01: the next 60 days reach 2027, for which no official notice is stored.
const e2e = useBrowserHarness({ now: '2026-12-01T02:00:00.000Z' })

it('staff are warned that 2027 has no working calendar, enter it, and the warning goes', async () => {
  const { context, page, errors } = await openPage(e2e.browser, e2e.harness)
  try {
    await page.goto(`${e2e.harness.url}/#/packages/account/sign-in/index`)
    await visible(page, 'demo-user-staff').click()
    await visible(page, 'profile-card').waitFor()

    await page.goto(`${e2e.harness.url}/#/packages/reports/all/index`)
    await visible(page, 'calendar-warning').waitFor()
    expect(await visible(page, 'calendar-warning').innerText()).toContain('尚未录入2027 年的节假日安排')
    await button(page, 'calendar-warning-open').click()

    await visible(page, 'calendar-editor').waitFor()
    expect(await page.locator('[data-testid="calendar-year"]:visible').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-year')))).toEqual(['2025', '2026'])
    await page.waitForTimeout(500) // the slide-in transition
    await visible(page, 'calendar-year-input').locator('input').fill('2027')
    // Hypothetical dates typed by a test user: the official 2027 arrangement is not known here.
    await visible(page, 'calendar-holidays').locator('textarea').fill('2027-01-01')
    // A weekday as a make-up day is refused with the reason, and the typed dates stay.
    await visible(page, 'calendar-makeup').locator('textarea').fill('2027-01-04')
    await button(page, 'calendar-save').click()
    await page.getByText('2027-01-04 不是周末，不能作为调休上班日').first().waitFor()
    expect(await visible(page, 'calendar-holidays').locator('textarea').inputValue()).toBe('2027-01-01')

    await visible(page, 'calendar-makeup').locator('textarea').fill('')
    await button(page, 'calendar-save').click()
    await page.locator('[data-testid="calendar-year"][data-year="2027"]:visible').waitFor()
    expect(await page.locator('[data-testid="calendar-warning"]:visible').count()).toBe(0)
    expect(errors).toEqual([])
  } finally {
    await context.close()
  }
}, 120_000)
