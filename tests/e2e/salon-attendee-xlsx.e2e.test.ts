import { readFileSync } from 'node:fs'
import { registerForSession } from '../../types/salons/contracts'
import { readXlsx } from '../../server/modules/directory/xlsx/read-xlsx'
import { LIAISON, publishedSession, registration } from '../../server/modules/salons/testing/salons-fixture'
import { openPage } from './support/browser-page'
import { useBrowserHarness } from './support/browser-harness'
import { signInAs } from './support/locators'

const e2e = useBrowserHarness({ now: '2026-11-25T02:00:00.000Z' })

test('staff download a session’s attendee list as an Excel file from 培训沙龙管理', async () => {
  const sessionId = await publishedSession(e2e.harness, { title: '欧盟商标异议实务培训' })
  await e2e.harness.ok(registerForSession, registration(sessionId, ['王联络', '李外贸']), LIAISON)
  const { context, page, errors } = await openPage(e2e.browser, e2e.harness)
  await signInAs(page, e2e.harness.url, 'staff')
  await page.goto(`${e2e.harness.url}/#/packages/salons/staff/index`)

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
