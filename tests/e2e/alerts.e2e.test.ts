import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { searchContent } from '../../types/content/contracts'
import { getMyNotificationSettings } from '../../types/messaging/contracts'
import { openPage } from './support/browser-page'
import { useBrowserHarness } from './support/browser-harness'
import { visible, button, signInAs } from './support/locators'

const ARTIFACTS = join(__dirname, 'artifacts')
const TITLE = '美国对假发产品商标侵权集中维权预警'

// 10:00 in Shanghai: outside quiet hours, so the warning-level alert is delivered at once.
const e2e = useBrowserHarness({ now: '2026-11-25T02:00:00.000Z' })

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true })
}, 60_000)

/** Lets the page-slide animation finish so screenshots show the page alone. */
async function screenshot(page: Page, name: string) {
  await page.waitForTimeout(600)
  await page.screenshot({ path: join(ARTIFACTS, name) })
}

async function expectText(locator: ReturnType<typeof visible>, text: string) {
  await locator.waitFor()
  await expect(locator.innerText()).resolves.toContain(text)
}

test('a subscriber follows a topic, staff publishes a matching alert, the subscriber sees it in the feed and the message center', async () => {
  const { context, page, errors } = await openPage(e2e.browser, e2e.harness)
  const pageErrors: string[] = []
  page.on('pageerror', (error) => pageErrors.push(error.message))

  // 1. The liaison follows US trademark alerts.
  await signInAs(page, e2e.harness.url, 'liaison')
  await visible(page, 'entry-alert-subscription').click()
  await visible(page, 'alert-subscription').waitFor()
  await visible(page, 'topic-country-US').click()
  await visible(page, 'topic-ip-type-trademark').click()
  await button(page, 'subscription-save').click()
  await expect(
    page.locator('[data-testid="subscription-status"][data-active="true"]:visible').first().waitFor().then(() => true),
  ).resolves.toBe(true)

  // 2. Staff writes a risk alert for that topic and publishes it (the summary counter is live).
  await signInAs(page, e2e.harness.url, 'staff')
  await visible(page, 'entry-alerts-admin').click()
  await button(page, 'admin-new-content').click()
  await visible(page, 'alert-editor').waitFor()
  await visible(page, 'editor-title').locator('input').fill(TITLE)
  await visible(page, 'editor-summary').locator('input').fill('美国多起假发商标侵权诉讼')
  await expectText(visible(page, 'summary-counter'), '12 / 20')
  await visible(page, 'editor-body').locator('textarea').fill(
    '# 事件概况\n近期美国法院集中受理多起涉及假发产品的商标侵权诉讼。\n\n# 应对建议\n请出口企业核查在美商标布局，及时联系援助中心。',
  )
  await visible(page, 'editor-severity-warning').click()
  await visible(page, 'editor-country-US').click()
  await visible(page, 'editor-ip-type-trademark').click()
  await visible(page, 'editor-source').locator('input').fill('美国联邦法院公开信息')
  await screenshot(page, 'alerts-editor.png')

  // Publishing asks first, showing the card subscribers will get and how many will get it.
  await button(page, 'editor-publish').click()
  await expectText(visible(page, 'publish-confirm-reach'), '将推送给 1 位订阅用户')
  await expectText(visible(page, 'publish-confirm-card'), '海外知识产权预警提醒')
  const lines = await page.locator('[data-testid="publish-confirm-line"]:visible').allInnerTexts()
  expect(lines.slice(0, 3)).toEqual([TITLE, '警示', '美国多起假发商标侵权诉讼'])
  await screenshot(page, 'alerts-publish-confirm.png')
  // Cancelled: saved as a draft, nothing published.
  await button(page, 'publish-confirm-cancel').click()
  await visible(page, 'publish-confirm').waitFor({ state: 'detached' })
  await page.locator('[data-testid="editor-status"][data-status="draft"]:visible').first().waitFor()
  expect((await e2e.harness.ok(searchContent, { keyword: '假发商标' }, 'dev-openid-liaison')).total).toBe(0)
  // Confirmed: published.
  await button(page, 'editor-publish').click()
  await button(page, 'publish-confirm-ok').click()
  await page.locator('[data-testid="editor-status"][data-status="published"]:visible').first().waitFor()

  // 3. The liaison sees it in the feed at once, unread and tagged by severity.
  await signInAs(page, e2e.harness.url, 'liaison')
  await page.goto(`${e2e.harness.url}/#/packages/alerts/feed/index`)
  const item = page.locator('[data-testid="feed-item"]:visible', { hasText: TITLE }).first()
  await item.waitFor()
  await item.locator('[data-testid="unread-dot"]').waitFor()
  await expectText(item.locator('[data-testid="severity-tag"]'), '警示')
  await screenshot(page, 'alerts-feed.png')

  // 4. The timers fan the alert out and dispatch it: it lands in the message center.
  await e2e.harness.runTimer('alerts', 'publishDue')
  await e2e.harness.runTimer('dispatcher', 'dispatchDue')
  await page.goto(`${e2e.harness.url}/#/pages/mine/index`)
  await expectText(visible(page, 'entry-messages-badge'), '1')
  await visible(page, 'entry-messages').click()
  const message = page.locator('[data-testid="message-item"][data-unread="true"]:visible', { hasText: TITLE }).first()
  await message.waitFor()
  await expectText(visible(page, 'message-unread-count'), '1 条未读')
  await screenshot(page, 'alerts-message-center.png')

  // 5. Opening it shows the article; with no push quota left the user is offered more.
  await message.click()
  await expectText(visible(page, 'detail-title'), TITLE)
  await expectText(visible(page, 'content-body'), '应对建议')
  await expectText(visible(page, 'detail-countries'), '美国')
  await button(page, 'top-up-subscribe').waitFor()
  await screenshot(page, 'alerts-detail.png')
  await button(page, 'top-up-subscribe').click()
  await visible(page, 'top-up-prompt').waitFor({ state: 'detached' })
  const settings = await e2e.harness.ok(getMyNotificationSettings, {}, 'dev-openid-liaison')
  expect(settings.quotas.find((q) => q.key === 'alert_published')?.remaining).toBe(1)
  expect(settings.unreadCount).toBe(0)

  expect(pageErrors).toEqual([])
  expect(errors).toEqual([])
  await context.close()
}, 180_000)

test('staff keep the link allow-list on its own page: a bad domain is refused in place, a good one is listed', async () => {
  const { context, page, errors } = await openPage(e2e.browser, e2e.harness)
  await signInAs(page, e2e.harness.url, 'staff')
  await visible(page, 'entry-alerts-admin').click()
  await button(page, 'admin-link-domains').click()
  await visible(page, 'link-domains').waitFor()
  await page.locator('[data-testid="link-domain-row"][data-domain="wipo.int"]:visible').first().waitFor()

  await visible(page, 'link-domain-input').locator('input').fill('com')
  await visible(page, 'link-note-input').locator('input').fill('不该通过')
  await button(page, 'link-domain-add').click()
  await expectText(visible(page, 'field-error-domain'), '不能只填顶级域名')

  await visible(page, 'link-domain-input').locator('input').fill('https://www.ipo.example.org/en/')
  await visible(page, 'link-note-input').locator('input').fill('某国知识产权局')
  await button(page, 'link-domain-add').click()
  const row = page.locator('[data-testid="link-domain-row"][data-domain="ipo.example.org"]:visible').first()
  await expectText(row, '某国知识产权局')
  await expect(visible(page, 'link-domain-input').locator('input').inputValue()).resolves.toBe('')

  expect(errors).toEqual([])
  await context.close()
}, 60_000)
