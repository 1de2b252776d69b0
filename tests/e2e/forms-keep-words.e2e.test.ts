import type { Locator, Page } from 'playwright-core'
import { openPage } from './support/browser-page'
import { useBrowserHarness } from './support/browser-harness'
import { visible, button, poll, signInAs } from './support/locators'


const e2e = useBrowserHarness({ now: '2026-11-25T02:00:00.000Z' })

async function inView(page: Page, locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox()
  const height = page.viewportSize()?.height ?? 0
  return box !== null && box.y >= 0 && box.y + Math.min(box.height, 40) <= height
}

test('the enterprise application keeps what was typed after leaving, until discarded', async () => {
  const { context, page, errors } = await openPage(e2e.browser, e2e.harness)
  await signInAs(page, e2e.harness.url, 'visitor')
  await page.goto(`${e2e.harness.url}/#/packages/account/enterprise-apply/index`)
  await button(page, 'privacy-agree').click()
  await visible(page, 'apply-form').waitFor()
  await visible(page, 'apply-enterprise-name').locator('input').fill('许昌恒达发制品有限公司')
  await visible(page, 'apply-liaison-name').locator('input').fill('陈晓')

  // Away and back: the answers are still there, and the page says so.
  await page.goto(`${e2e.harness.url}/#/pages/mine/index`)
  await visible(page, 'profile-card').waitFor()
  await page.goto(`${e2e.harness.url}/#/packages/account/enterprise-apply/index`)
  await visible(page, 'draft-restored').waitFor()
  await expect(visible(page, 'apply-enterprise-name').locator('input').inputValue()).resolves.toBe('许昌恒达发制品有限公司')
  await expect(visible(page, 'apply-liaison-name').locator('input').inputValue()).resolves.toBe('陈晓')

  // Discarded: empty, and it stays empty on the next visit.
  await visible(page, 'draft-discard').click()
  expect(await poll(() => visible(page, 'apply-enterprise-name').locator('input').inputValue(), (v) => v === '')).toBe('')
  await page.goto(`${e2e.harness.url}/#/pages/mine/index`)
  await visible(page, 'profile-card').waitFor()
  await page.goto(`${e2e.harness.url}/#/packages/account/enterprise-apply/index`)
  await visible(page, 'apply-form').waitFor()
  await expect(page.locator('[data-testid="draft-restored"]:visible').count()).resolves.toBe(0)

  expect(errors).toEqual([])
  await context.close()
}, 90_000)

test('a 5,000-character paste is kept whole, refused with its count, and the field scrolls into view', async () => {
  const { context, page, errors } = await openPage(e2e.browser, e2e.harness)
  await signInAs(page, e2e.harness.url, 'liaison')
  await page.goto(`${e2e.harness.url}/#/pages/report/index`)
  await visible(page, 'report-new').click()
  await visible(page, 'report-form').waitFor()
  await visible(page, 'report-service-dispute_response').click()
  await visible(page, 'report-ip-trademark').click()
  await visible(page, 'report-country-US').click()
  await visible(page, 'report-counterpart').locator('input').fill('Glamour Hair LLC')

  const pasted = '对方在美国起诉我司商标侵权。'.repeat(358).slice(0, 5000)
  await visible(page, 'report-description').locator('textarea').fill(pasted)
  await expect(visible(page, 'report-description').locator('textarea').inputValue()).resolves.toHaveLength(5000)
  await expect(visible(page, 'report-description-counter').innerText()).resolves.toContain('5000 / 2000')

  // Scroll to the top, submit: refused, and the description (far down) is brought into view.
  await page.evaluate(() => document.querySelectorAll('.taro_page').forEach((el) => el.scrollTo({ top: 0 })))
  await button(page, 'report-submit').click()
  const error = visible(page, 'field-error-description')
  await error.waitFor()
  await expect(error.innerText()).resolves.toContain('2000')
  expect(await poll(() => inView(page, visible(page, 'report-field-description')), (v) => v)).toBe(true)
  await expect(visible(page, 'report-description').locator('textarea').inputValue()).resolves.toHaveLength(5000)

  expect(errors).toEqual([])
  await context.close()
}, 90_000)

test('the agency editor keeps unsaved changes after leaving', async () => {
  const { context, page, errors } = await openPage(e2e.browser, e2e.harness)
  await signInAs(page, e2e.harness.url, 'staff')
  await visible(page, 'entry-directory-admin').click()
  await visible(page, 'admin-search').locator('input').fill('宗诚')
  expect(await poll(() => page.locator('[data-testid="admin-agency-item"]:visible').count(), (n) => n === 1)).toBe(1)
  await visible(page, 'admin-agency-item').click()
  await visible(page, 'agency-form').waitFor()
  const editorUrl = page.url()
  await visible(page, 'agency-field-intro').locator('textarea').fill('新的机构简介：提供美国、欧盟商标与专利维权服务。')

  await page.goto(`${e2e.harness.url}/#/pages/mine/index`)
  await visible(page, 'profile-card').waitFor()
  await page.goto(editorUrl)
  await visible(page, 'draft-restored').waitFor()
  await expect(visible(page, 'agency-field-intro').locator('textarea').inputValue()).resolves.toBe('新的机构简介：提供美国、欧盟商标与专利维权服务。')

  expect(errors).toEqual([])
  await context.close()
}, 90_000)

/** The local drafts of one form kept in the browser's storage. */
async function storedDrafts(page: Page, form: string): Promise<string[]> {
  return page.evaluate((prefix) => Object.keys(localStorage).filter((key) => key.startsWith(prefix)), `form-draft:${form}:`)
}

/** Leaves for the profile tab and opens `url` again, as a person going back and forth would. */
async function awayAndBack(page: Page, url: string) {
  await page.goto(`${e2e.harness.url}/#/pages/mine/index`)
  await visible(page, 'profile-card').waitFor()
  await page.goto(url)
}

test('the expert editor keeps unsaved changes after leaving; saving clears the draft', async () => {
  const { context, page, errors } = await openPage(e2e.browser, e2e.harness)
  await signInAs(page, e2e.harness.url, 'staff')
  const editorUrl = `${e2e.harness.url}/#/packages/directory-admin/expert-edit/index?id=demo_expert_01`
  await page.goto(editorUrl)
  await visible(page, 'expert-form').waitFor()
  const intro = '擅长美国 337 调查应诉与海关备案，曾代理多起假发产品商标纠纷。'
  await visible(page, 'expert-field-intro').locator('textarea').fill(intro)
  await visible(page, 'expert-field-title').locator('input').fill('高级合伙人')

  await awayAndBack(page, editorUrl)
  await visible(page, 'draft-restored').waitFor()
  await expect(visible(page, 'expert-field-intro').locator('textarea').inputValue()).resolves.toBe(intro)
  await expect(visible(page, 'expert-field-title').locator('input').inputValue()).resolves.toBe('高级合伙人')

  // Saved: the page shows the saved record, and no draft comes back on the next visit.
  expect(await storedDrafts(page, 'expert-edit')).toHaveLength(1)
  await button(page, 'expert-save').click()
  expect(await poll(() => page.locator('[data-testid="draft-restored"]:visible').count(), (n) => n === 0)).toBe(0)
  expect(await poll(() => visible(page, 'expert-form').innerText(), (t) => t.includes('第 2 版'))).toContain('第 2 版')
  expect(await poll(() => storedDrafts(page, 'expert-edit'), (keys) => keys.length === 0)).toEqual([])
  await awayAndBack(page, editorUrl)
  await visible(page, 'expert-form').waitFor()
  await expect(visible(page, 'expert-field-intro').locator('textarea').inputValue()).resolves.toBe(intro)
  await expect(page.locator('[data-testid="draft-restored"]:visible').count()).resolves.toBe(0)

  expect(errors).toEqual([])
  await context.close()
}, 90_000)

test('the alert editor keeps a new alert after leaving, until saved; over-long text is refused with its count', async () => {
  const { context, page, errors } = await openPage(e2e.browser, e2e.harness)
  await signInAs(page, e2e.harness.url, 'staff')
  const editorUrl = `${e2e.harness.url}/#/packages/alerts-admin/editor/index`
  await page.goto(editorUrl)
  await visible(page, 'alert-editor').waitFor()
  await visible(page, 'editor-title').locator('input').fill('欧盟海关加强对小商品知识产权查验')
  await visible(page, 'editor-summary').locator('input').fill('出口欧盟请核查商标授权')
  await visible(page, 'editor-body').locator('textarea').fill('欧盟多国海关近期加强了对小商品的知识产权边境查验。')
  await visible(page, 'editor-country-EU').click()

  expect(await storedDrafts(page, 'alert-editor')).toHaveLength(1)
  await awayAndBack(page, editorUrl)
  await visible(page, 'draft-restored').waitFor()
  // The page opened anew is the last one in the stack (the one left may still be sliding out).
  const reopened = page.locator('.taro_page').last()
  await reopened.locator('[data-testid="draft-restored"]').waitFor()
  await expect(reopened.locator('[data-testid="editor-title"] input').inputValue()).resolves.toBe('欧盟海关加强对小商品知识产权查验')
  await expect(reopened.locator('[data-testid="editor-body"] textarea').inputValue()).resolves.toBe('欧盟多国海关近期加强了对小商品的知识产权边境查验。')
  await expect(reopened.locator('[data-testid="editor-country-EU"]').getAttribute('data-selected')).resolves.toBe('true')

  // A 60-character title is kept whole, counted, and refused on save with the field in view.
  const inPage = (testId: string) => reopened.locator(`[data-testid="${testId}"]`)
  const longTitle = '欧盟海关加强对小商品知识产权查验'.repeat(4).slice(0, 60)
  await inPage('editor-title').locator('input').fill(longTitle)
  await expect(inPage('editor-title-count').innerText()).resolves.toContain('已输入 60 字')
  await reopened.locator('taro-button-core[data-testid="editor-save"]').click()
  await expect(inPage('field-error-title').innerText()).resolves.toContain('50')
  await expect(inPage('editor-title').locator('input').inputValue()).resolves.toBe(longTitle)

  await inPage('editor-title').locator('input').fill('欧盟海关加强对小商品知识产权查验')
  await inPage('editor-severity-info').click()
  await reopened.locator('taro-button-core[data-testid="editor-save"]').click()
  await reopened.locator('[data-testid="editor-status"][data-status="draft"]').waitFor()
  expect(await poll(() => storedDrafts(page, 'alert-editor'), (keys) => keys.length === 0)).toEqual([])
  await awayAndBack(page, editorUrl)
  await visible(page, 'alert-editor').waitFor()
  // Polled: the page that was left may still be sliding out while the new one comes in.
  expect(await poll(() => visible(page, 'editor-title').locator('input').inputValue(), (v) => v === '')).toBe('')
  await expect(page.locator('[data-testid="draft-restored"]:visible').count()).resolves.toBe(0)

  expect(errors).toEqual([])
  await context.close()
}, 90_000)
