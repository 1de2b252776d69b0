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

async function newPage() {
  // The H5 share button copies the page link: let the page use the clipboard.
  return openPage(e2e.browser, e2e.harness, { permissions: ['clipboard-read', 'clipboard-write'] })
}

/** Polls until `read` gives `expected` (searches are debounced and answered asynchronously). */
async function eventually<T>(read: () => Promise<T>, expected: T, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  let last: T = await read()
  while (!Object.is(last, expected) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100))
    last = await read()
  }
  expect(last).toBe(expected)
}

async function expectText(locator: ReturnType<typeof visible>, text: string) {
  await locator.waitFor()
  await eventually(async () => (await locator.innerText()).includes(text), true)
  await expect(locator.innerText()).resolves.toContain(text)
}

test('a visitor searches the directory, filters by district, opens an agency and shares it', async () => {
  const { context, page, errors } = await newPage()
  await signInAs(page, e2e.harness.url, 'visitor')
  await page.goto(`${e2e.harness.url}/#/pages/home/index`)
  await visible(page, 'service-agencies').click()
  await visible(page, 'agency-total').waitFor()
  await expectText(visible(page, 'agency-total'), '共 17 家机构')

  // Keyword: one debounced search finds the agency by part of its name.
  await visible(page, 'agency-search').locator('input').fill('宗诚')
  await eventually(() => page.locator('[data-testid="agency-item"]:visible').count(), 1)
  await expectText(visible(page, 'agency-item'), '许昌宗诚知识产权代理有限公司')

  // District chip: clear the keyword, then keep only 禹州市 (four agencies in the annex).
  await visible(page, 'agency-search').locator('input').fill('')
  await expectText(visible(page, 'agency-total'), '共 17 家机构')
  await expectText(visible(page, 'district-chip-禹州市'), '禹州市 4')
  await visible(page, 'district-chip-禹州市').click()
  await expectText(visible(page, 'agency-total'), '共 4 家机构')
  const names = await page.locator('[data-testid="agency-item-name"]:visible').allInnerTexts()
  expect(names).toEqual([
    '许昌权宜知识产权有限公司',
    '许昌标无忧知识产权代理有限公司',
    '河南森一商标事务所有限公司',
    '河南姜老师商标代理有限公司',
  ])
  await page.screenshot({ path: join(ARTIFACTS, 'directory-list.png') })

  // Detail: the published fields exactly as in the annex.
  await page.locator('[data-testid="agency-item"]:visible', { hasText: '河南森一商标事务所有限公司' }).click()
  await expectText(visible(page, 'agency-name'), '河南森一商标事务所有限公司')
  await expect(visible(page, 'agency-name').innerText()).resolves.toBe('河南森一商标事务所有限公司')
  await expect(visible(page, 'agency-person').innerText()).resolves.toBe('包晓超')
  await expect(visible(page, 'agency-address').innerText()).resolves.toBe('河南省许昌市禹州市颍川办恒达阳光世纪409室')
  await expect(visible(page, 'agency-district').innerText()).resolves.toBe('禹州市')
  await visible(page, 'consultation-slots').waitFor()

  // Share on H5: the link of this page is copied and confirmed.
  await button(page, 'agency-share').click()
  await expectText(visible(page, 'share-result'), '链接已复制')
  const link = await visible(page, 'share-link').innerText()
  expect(link).toMatch(/#\/packages\/directory\/agency-detail\/index\?id=/)
  await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(link)
  await page.screenshot({ path: join(ARTIFACTS, 'directory-detail.png'), fullPage: true })

  expect(errors).toEqual([])
  await context.close()
}, 120_000)

test('staff edits an agency: an invalid phone is refused, the fixed one is saved and shows in the history', async () => {
  const { context, page, errors } = await newPage()
  await signInAs(page, e2e.harness.url, 'staff')
  await visible(page, 'entry-directory-admin').click()
  await visible(page, 'admin-search').locator('input').fill('宗诚')
  await eventually(() => page.locator('[data-testid="admin-agency-item"]:visible').count(), 1)
  await visible(page, 'admin-agency-item').click()
  await visible(page, 'agency-form').waitFor()
  await expect(visible(page, 'agency-field-name').locator('input').inputValue()).resolves.toBe('许昌宗诚知识产权代理有限公司')

  // An invalid phone: the field's red message, nothing saved.
  await visible(page, 'agency-field-phone').locator('input').fill('0374-12')
  await button(page, 'agency-save').click()
  await expectText(visible(page, 'field-error-phone'), '请填写 11 位手机号码或带区号的座机号码')
  await page.screenshot({ path: join(ARTIFACTS, 'agency-edit-error.png') })

  // Fixed: saved as a new revision.
  await visible(page, 'agency-field-phone').locator('input').fill('0374 1234567')
  await expect(visible(page, 'field-error-phone').count()).resolves.toBe(0)
  await button(page, 'agency-save').click()
  await visible(page, 'agency-saved').waitFor()
  await expect(visible(page, 'agency-field-phone').locator('input').inputValue()).resolves.toBe('0374-1234567')

  // History: the newest revision is the phone change, by the staff member.
  await button(page, 'open-agency-revisions').click()
  const newest = visible(page, 'revision-item')
  await expectText(newest, '修改')
  await expectText(newest, '张科员')
  const change = newest.locator('[data-testid="revision-change"][data-field="phone"]')
  await expect(change.innerText()).resolves.toContain('0374-1234567')
  await page.screenshot({ path: join(ARTIFACTS, 'agency-revisions.png') })

  expect(errors).toEqual([])
  await context.close()
}, 120_000)

test('a visitor browses the expert pool and opens an expert', async () => {
  const { context, page, errors } = await newPage()
  await signInAs(page, e2e.harness.url, 'visitor')
  await page.goto(`${e2e.harness.url}/#/pages/home/index`)
  await visible(page, 'service-experts').click()
  await visible(page, 'expert-total').waitFor()
  await visible(page, 'expert-search').locator('input').fill('林知远')
  await eventually(() => page.locator('[data-testid="expert-item"]:visible').count(), 1)
  await page.screenshot({ path: join(ARTIFACTS, 'expert-list.png') })
  await visible(page, 'expert-item').click()
  await expectText(visible(page, 'expert-name'), '林知远')
  await expect(visible(page, 'expert-avatar').innerText()).resolves.toBe('林')
  await expectText(visible(page, 'expert-years'), '12 年')
  await expectText(visible(page, 'expert-languages'), '英语')
  await page.waitForTimeout(500) // let the page's slide-in transition finish before the screenshot
  await page.screenshot({ path: join(ARTIFACTS, 'expert-detail.png'), fullPage: true })
  expect(errors).toEqual([])
  await context.close()
}, 120_000)

test('staff exports the directory, and an import is refused until its dry run has no bad rows', async () => {
  const { context, page, errors } = await newPage()
  await signInAs(page, e2e.harness.url, 'staff')
  await visible(page, 'entry-directory-transfer').click()

  await button(page, 'export-run').click()
  await expectText(visible(page, 'export-summary'), '17 行')
  const exported = await visible(page, 'export-content').locator('textarea').inputValue()
  expect(exported).toContain('许昌宗诚知识产权代理有限公司')

  const header = '机构名称,机构性质,负责人,地址,所在县（市、区）,批次,联系电话'
  const good = '许昌测试甲知识产权有限公司,有限责任公司,王一,许昌市魏都区测试路1号,魏都区,第二批,0374-7654321'
  const bad = '许昌测试乙知识产权有限公司,有限责任公司,王二,许昌市测试路2号,火星区,第二批,12345'
  await visible(page, 'import-content').locator('textarea').fill([header, good, bad].join('\n'))
  await button(page, 'import-dry-run').click()
  await visible(page, 'import-report').waitFor()
  const issues = await page.locator('[data-testid="import-error"]:visible').allInnerTexts()
  expect(issues.length).toBeGreaterThanOrEqual(2)
  expect(issues.every((text) => text.startsWith('第 3 行'))).toBe(true)
  expect(issues.join('\n')).toContain('联系电话')
  await expect(button(page, 'import-apply').getAttribute('class')).resolves.toContain('btn--disabled')
  await page.screenshot({ path: join(ARTIFACTS, 'import-dry-run.png'), fullPage: true })

  // Fixed: the dry run is clean, the import is allowed and creates both agencies.
  const fixed = '许昌测试乙知识产权有限公司,有限责任公司,王二,许昌市测试路2号,许昌市区,第二批,13800138000'
  await visible(page, 'import-content').locator('textarea').fill([header, good, fixed].join('\n'))
  await button(page, 'import-dry-run').click()
  await eventually(() => visible(page, 'import-report').getAttribute('data-errors'), '0')
  await expect(page.locator('[data-testid="import-create"]:visible').count()).resolves.toBe(2)
  await button(page, 'import-apply').click()
  await eventually(() => visible(page, 'import-report').getAttribute('data-applied'), 'true')
  await expectText(visible(page, 'import-summary'), '新建 2 家')

  expect(errors).toEqual([])
  await context.close()
}, 120_000)
