import type { Locator } from 'playwright-core'
import { listDeadlineRules } from '../../types/deadlines/contracts'
import { submitReport } from '../../types/reports/contracts'
import { openPage } from './support/browser-page'
import { useBrowserHarness } from './support/browser-harness'
import { visible, button, poll, signInAs } from './support/locators'


// Wednesday 2026-11-25 10:00 Shanghai.
const e2e = useBrowserHarness({ now: '2026-11-25T02:00:00.000Z' })

async function expectText(locator: Locator, text: string) {
  await locator.waitFor()
  expect(await poll(() => locator.innerText(), (value) => value.includes(text))).toContain(text)
}

const apiReport = (key: string, overrides: Record<string, unknown>) => ({
  idempotencyKey: key,
  serviceType: 'trademark_squatting',
  ipType: 'trademark',
  countries: ['US'],
  industry: 'hair_products',
  counterpart: 'Other Party LLC',
  deadline: null,
  urgency: 'normal',
  description: '美国商标相关事项，需要专家评估是否提出异议。',
  attachments: [],
  ...overrides,
})

test('a liaison reports a US squatting case with its publication date; the expert sees it in the inbox by urgency', async () => {
  // Already in the expert's inbox: one with a sooner last day (20 Dec), one without a legal deadline.
  const sooner = await e2e.harness.ok(
    submitReport,
    apiReport('e2e-deadline-sooner-01', { counterpart: 'Sooner Squatter LLC', legalDeadline: { ruleId: 'dl_us_tm_opposition', triggerDate: '2026-11-20' } }),
    'dev-openid-liaison',
  )
  const plain = await e2e.harness.ok(submitReport, apiReport('e2e-deadline-plain-01', { serviceType: 'dispute_response', counterpart: 'No Deadline Inc' }), 'dev-openid-liaison')

  const { context, page, errors } = await openPage(e2e.browser, e2e.harness)

  // 1. The liaison fills a squatting report for the US and picks the USPTO opposition rule.
  await signInAs(page, e2e.harness.url, 'liaison')
  await page.goto(`${e2e.harness.url}/#/pages/report/index`)
  await visible(page, 'report-new').click()
  await visible(page, 'report-form').waitFor()
  await visible(page, 'report-service-trademark_squatting').click()
  await visible(page, 'report-ip-trademark').click()
  await visible(page, 'report-country-US').click()
  await visible(page, 'report-counterpart').locator('input').fill('Copycat Beauty LLC')
  await visible(page, 'legal-rule-dl_us_tm_opposition').click()
  await expectText(visible(page, 'legal-rule-chosen'), '自商标申请公告日起 30 天')

  // A rule without a date is refused on the spot.
  await visible(page, 'report-description').locator('textarea').fill('对方在美国抢注了我司的发制品商标，今天在官方公报上公告，需要提出异议。')
  await button(page, 'report-submit').click()
  await expectText(visible(page, 'field-error-legalDeadline'), '请选择日期')

  // The publication date: today in Beijing (the picker opens on today; confirm it). It is still
  // 24 Nov in New York, so the office's own calendar counts 31 days to 25 Dec.
  await visible(page, 'legal-trigger-date').click()
  await page.locator('.weui-picker__action:visible', { hasText: '确定' }).first().click()
  await expectText(visible(page, 'legal-trigger-date'), '2026-11-25')
  await page.waitForTimeout(500)
  await button(page, 'report-submit').click()
  await visible(page, 'report-success').waitFor()
  await button(page, 'report-open-detail').click()

  // 2. The report shows the last day abroad, the countdown, the Beijing time and the rule's source.
  await visible(page, 'legal-deadline').waitFor()
  const reportId = await visible(page, 'report-detail').getAttribute('data-report-id')
  await expectText(visible(page, 'legal-last-day'), '2026-12-25（当地日期）')
  await expectText(visible(page, 'legal-countdown'), '还剩 31 天')
  await expectText(visible(page, 'legal-last-moment'), '2026-12-26 12:59 前')
  await expectText(visible(page, 'legal-source'), '15 U.S.C. §1063(a)')

  // 3. The expert's inbox lists the nearest deadline first, the report without one last.
  await signInAs(page, e2e.harness.url, 'expert')
  await page.goto(`${e2e.harness.url}/#/pages/report/index`)
  await visible(page, 'report-assigned').click()
  const items = page.locator('[data-testid="report-item"]:visible')
  expect(await poll(() => items.count(), (n) => n === 3)).toBe(3)
  expect(await items.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-report-id')))).toEqual([sooner.reportId, reportId, plain.reportId])
  const mine = page.locator(`[data-testid="report-item"][data-report-id="${reportId}"]:visible`).first()
  await expectText(mine.locator('[data-testid="report-item-countdown"]'), '还剩 31 天')
  await expectText(mine.locator('[data-testid="report-item-deadline"]'), 'USPTO 最后期限 2026-12-25')

  expect(errors).toEqual([])
  await context.close()
}, 180_000)

test('staff see unverified rules flagged and correct one; the revision is recorded', async () => {
  const { context, page, errors } = await openPage(e2e.browser, e2e.harness)
  await signInAs(page, e2e.harness.url, 'staff')
  await page.goto(`${e2e.harness.url}/#/pages/report/index`)
  await visible(page, 'report-deadline-rules').click()
  await visible(page, 'deadline-rules').waitFor()
  const flagged = page.locator('[data-testid="deadline-rule"][data-stale="true"]:visible')
  expect(await poll(() => flagged.count(), (n) => n > 0)).toBeGreaterThan(0)
  await expectText(flagged.first().locator('[data-testid="deadline-rule-stale"]'), '尚未核实')

  // Thailand's rule is unverified: staff record the check with a source and the date.
  await page.locator('[data-testid="deadline-rule"][data-rule-id="dl_th_tm_opposition"]:visible').first().click()
  await visible(page, 'deadline-rule-edit').waitFor()
  await visible(page, 'rule-sourceUrl').locator('input').fill('https://www.ipthailand.go.th/')
  await visible(page, 'rule-verified-on').click()
  await page.locator('.weui-picker__action:visible', { hasText: '确定' }).first().click()
  await expectText(visible(page, 'rule-verified-on'), '2026-11-25')
  // Taro H5's picker finishes its closing animation 350 ms later; a person cannot tap faster.
  await page.waitForTimeout(500)
  await visible(page, 'rule-confidence-medium').click()
  await visible(page, 'rule-reason').locator('textarea').fill('已对照泰国商标法第35条核实')
  await button(page, 'rule-save').click()

  const saved = page.locator('[data-testid="deadline-rule"][data-rule-id="dl_th_tm_opposition"]:visible').first()
  await expectText(saved, '第 2 版')
  expect(await saved.getAttribute('data-stale')).toBe('false')

  // The edit is in the rule's history, with who, what and why.
  await saved.click()
  await expectText(visible(page, 'rule-history'), '第 2 版')
  await expectText(visible(page, 'rule-history'), '已对照泰国商标法第35条核实')
  await expectText(visible(page, 'rule-history'), '来源链接、核实日期、可信度')
  expect(errors).toEqual([])
  await context.close()
}, 180_000)

test('the rule editor keeps an unsaved period and note after leaving, until discarded or saved', async () => {
  const { context, page, errors } = await openPage(e2e.browser, e2e.harness)
  await signInAs(page, e2e.harness.url, 'staff')
  const editUrl = `${e2e.harness.url}/#/packages/reports/deadline-rule-edit/index?id=dl_us_tm_opposition`
  const drafts = () => page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('form-draft:deadline-rule:')))
  const awayAndBack = async () => {
    await page.goto(`${e2e.harness.url}/#/pages/mine/index`)
    await visible(page, 'profile-card').waitFor()
    await page.goto(editUrl)
    await visible(page, 'deadline-rule-edit').waitFor()
  }
  await page.goto(editUrl)
  await visible(page, 'deadline-rule-edit').waitFor()
  const amount = visible(page, 'rule-period-amount').locator('input')
  const original = await amount.inputValue()
  await amount.fill('2')
  await visible(page, 'rule-period-unit-months').click()
  await visible(page, 'rule-note').locator('textarea').fill('可申请延期一次，每次 30 天')
  expect(await poll(() => drafts(), (keys) => keys.length === 1)).toHaveLength(1)

  // Away and back: the period (amount and unit) and the note are restored, and the page says so.
  await awayAndBack()
  await visible(page, 'draft-restored').waitFor()
  await expect(amount.inputValue()).resolves.toBe('2')
  expect(await visible(page, 'rule-period-unit-months').getAttribute('class')).toContain('chip--selected')
  await expect(visible(page, 'rule-note').locator('textarea').inputValue()).resolves.toBe('可申请延期一次，每次 30 天')

  // 清空重填: the saved rule again, and no draft on the next visit.
  await visible(page, 'draft-discard').click()
  expect(await poll(() => amount.inputValue(), (v) => v === original)).toBe(original)
  expect(await poll(() => drafts(), (keys) => keys.length === 0)).toEqual([])
  await awayAndBack()
  await expect(page.locator('[data-testid="draft-restored"]:visible').count()).resolves.toBe(0)

  // A kept change, saved: the draft is gone. The app is loaded afresh on the profile tab first, so
  // that only one editor is mounted (hash navigation with page.goto leaves the earlier editors in the
  // page, and the first visible save button can belong to one of them); not straight onto the editor,
  // where Taro H5's input can be given its value before it has hydrated (a console error).
  await page.goto('about:blank')
  await page.goto(`${e2e.harness.url}/#/pages/mine/index`)
  await visible(page, 'profile-card').waitFor()
  await page.goto(editUrl)
  await visible(page, 'deadline-rule-edit').waitFor()
  await visible(page, 'rule-note').locator('textarea').fill('异议期可延长')
  expect(await poll(() => drafts(), (keys) => keys.length === 1)).toHaveLength(1)
  await button(page, 'rule-save').click()
  // Wait for the save itself: the draft can be gone before the answer arrives (the hidden earlier
  // instance of this page, left behind by page.goto, clears it when its own form is pristine).
  const savedRule = () => e2e.harness.ok(listDeadlineRules, {}, 'dev-openid-staff').then((list) => list.items.find((rule) => rule.ruleId === 'dl_us_tm_opposition'))
  expect(await poll(savedRule, (rule) => rule?.revision === 2)).toMatchObject({ note: '异议期可延长', revision: 2 })
  expect(await poll(() => drafts(), (keys) => keys.length === 0)).toEqual([])

  expect(errors).toEqual([])
  await context.close()
}, 180_000)
