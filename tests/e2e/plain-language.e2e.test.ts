import { submitReport } from '../../types/reports/contracts'
import { reportInput, LIAISON } from '../../server/modules/reports/testing/reports-fixture'
import { openPage } from './support/browser-page'
import { useBrowserHarness } from './support/browser-harness'
import { visible, button } from './support/locators'


const e2e = useBrowserHarness({ now: '2026-11-25T02:00:00.000Z' })

test('a report link opened while signed out comes back to that report after signing in', async () => {
  const report = await e2e.harness.ok(submitReport, reportInput({ description: '美国亚马逊店铺被投诉商标侵权，链接下架，需要应诉指导。' }), LIAISON)
  const { context, page, errors } = await openPage(e2e.browser, e2e.harness)

  await page.goto(`${e2e.harness.url}/#/packages/reports/detail/index?id=${report.reportId}`)
  await button(page, 'go-sign-in').click()
  await visible(page, 'demo-user-liaison').click()

  await visible(page, 'report-summary').waitFor()
  expect(page.url()).toContain(`id=${report.reportId}`)
  await expect(visible(page, 'report-summary').innerText()).resolves.toContain(report.number)
  await expect(page.locator('body').innerText()).resolves.not.toMatch(/Too small|expected|Invalid/)

  expect(errors).toEqual([])
  await context.close()
}, 90_000)
