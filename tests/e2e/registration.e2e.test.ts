import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { openPage } from './support/browser-page'
import { useBrowserHarness } from './support/browser-harness'
import { visible, button, signInAs } from './support/locators'

const ARTIFACTS = join(__dirname, 'artifacts')

const e2e = useBrowserHarness({ now: '2026-11-25T02:00:00.000Z' })

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true })
}, 60_000)

test('a liaison applies (fixing a field error), staff approves, the liaison sees the verified enterprise', async () => {
  const { context, page, errors } = await openPage(e2e.browser, e2e.harness)

  // 1. A new user opens the registration form: the privacy guide comes first.
  await signInAs(page, e2e.harness.url, 'visitor')
  await page.goto(`${e2e.harness.url}/#/packages/account/enterprise-apply/index`)
  await button(page, 'privacy-agree').click()
  await visible(page, 'apply-form').waitFor()

  // 2. Fill in the form with a credit code whose check character is wrong.
  await visible(page, 'apply-enterprise-name').locator('input').fill('许昌恒达发制品有限公司')
  await visible(page, 'apply-credit-code').locator('input').fill('91411000MA46A0B73A')
  await visible(page, 'apply-industry').click()
  await page.locator('.weui-picker__action:visible', { hasText: '确定' }).click()
  await visible(page, 'market-US').click()
  await visible(page, 'market-NG').click()
  await visible(page, 'apply-liaison-name').locator('input').fill('陈晓')
  await visible(page, 'apply-mobile').locator('input').fill('13800138000')
  await button(page, 'apply-submit').click()
  await expectText(visible(page, 'field-error-creditCode'), '统一社会信用代码校验位不正确，请核对')
  await page.screenshot({ path: join(ARTIFACTS, 'apply-form-error.png') })

  // 3. Correct it and submit: the application is pending.
  await visible(page, 'apply-credit-code').locator('input').fill('91411000MA46A0B73N')
  await button(page, 'apply-submit').click()
  await expect(visible(page, 'application-status').getAttribute('data-status')).resolves.toBe('pending')
  await page.screenshot({ path: join(ARTIFACTS, 'apply-pending.png') })

  // 4. Staff signs in, opens the pending list and approves.
  await signInAs(page, e2e.harness.url, 'staff')
  await button(page, 'entry-staff-review').or(visible(page, 'entry-staff-review')).first().click()
  const item = visible(page, 'application-item')
  await expectText(item, '许昌恒达发制品有限公司')
  await item.click()
  await button(page, 'review-approve').click()
  await expect(visible(page, 'application-status').getAttribute('data-status')).resolves.toBe('approved')
  // Reloading the detail page (no list in memory) loads the application by id.
  expect(page.url()).toContain('application-detail')
  await page.reload()
  await expect(visible(page, 'application-status').getAttribute('data-status')).resolves.toBe('approved')

  // 5. Back as the applicant: the liaison role and the verified enterprise are on 我的.
  await signInAs(page, e2e.harness.url, 'visitor')
  await visible(page, 'role-tag-liaison').waitFor()
  await visible(page, 'enterprise-verified').waitFor()
  await expectText(visible(page, 'enterprise-card'), '许昌恒达发制品有限公司')
  await page.screenshot({ path: join(ARTIFACTS, 'mine-liaison.png') })

  expect(errors).toEqual([])
  await context.close()
}, 120_000)

async function expectText(locator: ReturnType<typeof visible>, text: string) {
  await locator.waitFor()
  await expect(locator.innerText()).resolves.toContain(text)
}
