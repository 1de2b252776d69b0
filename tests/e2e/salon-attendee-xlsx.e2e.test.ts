import { readFileSync } from 'node:fs'
import type { Browser } from 'playwright-core'
import { registerForSession } from '../../types/salons/contracts'
import { readXlsx } from '../../server/modules/directory/xlsx/read-xlsx'
import { LIAISON, publishedSession, registration } from '../../server/modules/salons/testing/salons-fixture'
import { startHarness, type GatewayHarness } from '../support/gateway-harness'
import { openPage } from './support/browser-page'
import { H5_DIR } from './support/h5-build'
import { launchChromium } from './support/launch-chromium'
import { signInAs } from './support/locators'

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

test('staff download a session’s attendee list as an Excel file from 培训沙龙管理', async () => {
  const sessionId = await publishedSession(harness, { title: '欧盟商标异议实务培训' })
  await harness.ok(registerForSession, registration(sessionId, ['王联络', '李外贸']), LIAISON)
  const { context, page, errors } = await openPage(browser, harness)
  await signInAs(page, harness.url, 'staff')
  await page.goto(`${harness.url}/#/packages/salons/staff/index`)

  const card = page.locator('[data-testid="staff-session"]:visible', { hasText: '欧盟商标异议实务培训' }).first()
  await card.waitFor()
  const [download] = await Promise.all([page.waitForEvent('download'), card.locator('taro-button-core[data-testid="staff-export-xlsx"]').click()])
  expect(download.suggestedFilename()).toMatch(/^活动报名名单-\d{8}-\d{4}\.xlsx$/)
  const rows = await readXlsx(readFileSync(await download.path()).toString('base64'))
  expect(rows[0].slice(0, 3)).toEqual(['参会人', '企业', '状态'])
  expect(rows.slice(1).map((r) => r[0]).sort()).toEqual(['李外贸', '王联络'])

  expect(errors).toEqual([])
  await context.close()
}, 120_000)
