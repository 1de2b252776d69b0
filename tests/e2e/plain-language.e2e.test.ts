import type { Browser } from 'playwright-core'
import { submitReport } from '../../types/reports/contracts'
import { reportInput, LIAISON } from '../../server/modules/reports/testing/reports-fixture'
import { startHarness, type GatewayHarness } from '../support/gateway-harness'
import { openPage } from './support/browser-page'
import { H5_DIR } from './support/h5-build'
import { launchChromium } from './support/launch-chromium'
import { visible, button } from './support/locators'


let harness: GatewayHarness
let browser: Browser

beforeAll(async () => {
  harness = await startHarness({ h5Dir: H5_DIR, now: '2026-11-25T02:00:00.000Z' })
  browser = await launchChromium()
}, 60_000)

afterAll(async () => {
  await browser?.close()
  await harness?.close()
})

test('a report link opened while signed out comes back to that report after signing in', async () => {
  const report = await harness.ok(submitReport, reportInput({ description: '美国亚马逊店铺被投诉商标侵权，链接下架，需要应诉指导。' }), LIAISON)
  const { context, page, errors } = await openPage(browser, harness)

  await page.goto(`${harness.url}/#/packages/reports/detail/index?id=${report.reportId}`)
  await button(page, 'go-sign-in').click()
  await visible(page, 'demo-user-liaison').click()

  await visible(page, 'report-summary').waitFor()
  expect(page.url()).toContain(`id=${report.reportId}`)
  await expect(visible(page, 'report-summary').innerText()).resolves.toContain(report.number)
  await expect(page.locator('body').innerText()).resolves.not.toMatch(/Too small|expected|Invalid/)

  expect(errors).toEqual([])
  await context.close()
}, 90_000)
