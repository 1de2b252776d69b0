import { join } from 'node:path'
import { mkdirSync } from 'node:fs'
import type { Locator } from 'playwright-core'
import { submitReport } from '../../types/reports/contracts'
import { acceptPrivacyGuide, applyForEnterprise } from '../../types/users/contracts'
import { PRIVACY_GUIDE_VERSION } from '../../types/users/schemas'
import { LIAISON, reportInput } from '../../server/modules/reports/testing/reports-fixture'
import { openPage } from './support/browser-page'
import { useBrowserHarness } from './support/browser-harness'
import { visible, button, signInAs } from './support/locators'

const ARTIFACTS = join(__dirname, 'artifacts')

const e2e = useBrowserHarness({ now: '2026-11-25T02:00:00.000Z' })

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true })
}, 60_000)

async function expectText(locator: Locator, text: string) {
  await locator.waitFor()
  const until = Date.now() + 10_000
  let value = await locator.innerText()
  while (!value.includes(text) && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 100))
    value = await locator.innerText()
  }
  expect(value).toContain(text)
}

test('staff see the join-request warning for a registered credit code and can require a letter', async () => {
  // User B applies with the demo enterprise's (public) credit code and another name.
  await e2e.harness.ok(acceptPrivacyGuide, { version: PRIVACY_GUIDE_VERSION }, 'openid-e2e-b')
  const application = await e2e.harness.ok(
    applyForEnterprise,
    { enterpriseName: '瑞发国际贸易（冒名）', creditCode: '91411000MA45XR1K2C', industry: 'electronics', exportMarkets: ['JP'], liaisonName: '赵冒', mobile: '13912345678' },
    'openid-e2e-b',
  )
  const { context, page, errors } = await openPage(e2e.browser, e2e.harness)
  await signInAs(page, e2e.harness.url, 'staff')
  await page.goto(`${e2e.harness.url}/#/packages/staff/application-detail/index?id=${application.applicationId}`)
  const warning = visible(page, 'join-warning')
  await expectText(warning, '注意：该信用代码已登记')
  await expectText(visible(page, 'join-existing-name'), '许昌瑞发发制品有限公司')
  await expectText(warning, '与登记名称不一致')
  await expectText(visible(page, 'join-existing-liaison'), '138****8000')
  await page.screenshot({ path: join(ARTIFACTS, 'join-warning.png'), fullPage: true })

  await button(page, 'join-require-proof').click()
  await expectText(visible(page, 'join-proof-state'), '已要求上传')
  expect(errors).toEqual([])
  await context.close()
}, 120_000)

test('the assignee reveals the liaison\'s number with one tap, then calls it', async () => {
  const report = await e2e.harness.ok(submitReport, reportInput(), LIAISON)
  const { context, page, errors } = await openPage(e2e.browser, e2e.harness)
  await signInAs(page, e2e.harness.url, 'expert')
  await page.goto(`${e2e.harness.url}/#/packages/reports/detail/index?id=${report.reportId}`)
  await expectText(visible(page, 'liaison-mobile'), '138****8000')
  await button(page, 'liaison-reveal').click()
  await expectText(visible(page, 'liaison-mobile'), '13800138000')
  await expectText(visible(page, 'bureau-hotline'), '12315')
  await page.screenshot({ path: join(ARTIFACTS, 'liaison-reveal.png'), fullPage: true })

  // makePhoneCall on H5 opens tel:<number>, which headless Chromium ignores silently (no
  // handler): the button carries the revealed number and tapping it breaks nothing.
  await expectText(button(page, 'liaison-call'), '拨打 13800138000')
  await button(page, 'liaison-call').click()
  await expectText(visible(page, 'liaison-mobile'), '13800138000')

  expect(errors).toEqual([])
  await context.close()

  // The liaison, on their own phone, sees who revealed the number.
  const liaison = await openPage(e2e.browser, e2e.harness)
  await signInAs(liaison.page, e2e.harness.url, 'liaison')
  await visible(liaison.page, 'entry-contact-reveals').click()
  await expectText(visible(liaison.page, 'contact-reveal'), '【演示】林知远')
  expect(liaison.errors).toEqual([])
  await liaison.context.close()
}, 120_000)

test('an existing liaison objects to a join request; staff see the objection in the warning', async () => {
  await e2e.harness.ok(acceptPrivacyGuide, { version: PRIVACY_GUIDE_VERSION }, 'openid-e2e-c')
  const application = await e2e.harness.ok(
    applyForEnterprise,
    { enterpriseName: '瑞发发制品', creditCode: '91411000MA45XR1K2C', industry: 'hair_products', exportMarkets: ['US'], liaisonName: '钱多', mobile: '13711112222' },
    'openid-e2e-c',
  )
  const liaison = await openPage(e2e.browser, e2e.harness)
  await signInAs(liaison.page, e2e.harness.url, 'liaison')
  await visible(liaison.page, 'entry-join-requests').click()
  const request = liaison.page.locator(`[data-testid="join-request"][data-id="${application.applicationId}"]:visible`).first()
  await expectText(request, '钱多')
  await request.locator('taro-button-core[data-testid="join-object-open"]').click()
  await request.locator('[data-testid="join-object-reason"] textarea').fill('此人不是本公司员工')
  await request.locator('taro-button-core[data-testid="join-object-send"]').click()
  await expectText(request.locator('[data-testid="join-my-objection"]'), '此人不是本公司员工')
  expect(liaison.errors).toEqual([])
  await liaison.context.close()

  const staff = await openPage(e2e.browser, e2e.harness)
  await signInAs(staff.page, e2e.harness.url, 'staff')
  await staff.page.goto(`${e2e.harness.url}/#/packages/staff/application-detail/index?id=${application.applicationId}`)
  await expectText(visible(staff.page, 'join-objection'), '此人不是本公司员工')
  expect(staff.errors).toEqual([])
  await staff.context.close()
}, 120_000)
