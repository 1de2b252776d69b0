import type { Page } from 'playwright-core'
import { submitReport } from '../../types/reports/contracts'
import { reportInput, LIAISON } from '../../server/modules/reports/testing/reports-fixture'
import { openPage } from './support/browser-page'
import { useBrowserHarness } from './support/browser-harness'
import { poll, signInAs, visible } from './support/locators'
import { pageFontSize, textLayoutProblems } from './support/text-layout'

/**
 * 适老化: the main pages at 200% text, as a user who set WeChat's largest font size sees them.
 * H5 has no WeChat font setting; the app reads the same scale from localStorage['text-scale']
 * (src/lib/text-scale.ts), so the CSS under test is exactly what --font-scale drives on weapp.
 */
const e2e = useBrowserHarness({ now: '2026-11-25T02:00:00.000Z' })
let reportId: string

beforeAll(async () => {
  const report = await e2e.harness.ok(submitReport, reportInput({ description: '美国亚马逊店铺被投诉商标侵权，链接下架，需要应诉指导。' }), LIAISON)
  reportId = report.reportId
}, 60_000)

async function openAtScale(scale: number) {
  const opened = await openPage(e2e.browser, e2e.harness)
  await opened.context.addInitScript((value) => window.localStorage.setItem('text-scale', value), String(scale))
  return opened
}

/** Opens a page, waits for `testId`, lets Taro's slide-in finish, then checks every piece of text. */
async function expectReadable(page: Page, route: string, testId: string): Promise<void> {
  await page.goto(`${e2e.harness.url}/#/${route}`)
  await visible(page, testId).waitFor()
  // The leaving page and the slide-in animation settle first; data may still arrive: retry briefly.
  const problems = await poll(() => textLayoutProblems(page), (found) => found.length === 0)
  expect({ route, problems }).toEqual({ route, problems: [] })
}

test('at the standard size body text is 16 px; at 200% it doubles', async () => {
  for (const [scale, expected] of [[1, 16], [2, 32]] as const) {
    const { context, page, errors } = await openAtScale(scale)
    await page.goto(`${e2e.harness.url}/#/pages/home/index`)
    await visible(page, 'service-agencies').waitFor()
    expect(await pageFontSize(page)).toBeCloseTo(expected, 0)
    expect(errors).toEqual([])
    await context.close()
  }
}, 60_000)

// Each test walks a few pages in one tab and opens each page once: a long run of visits, or a
// route already in Taro's page stack, leaves pages mid-transition.
test('a liaison reads the four tabs, the report form, a report and the report list at 200% without clipped or overlapping text', async () => {
  const { context, page, errors } = await openAtScale(2)
  await signInAs(page, e2e.harness.url, 'liaison')
  await expectReadable(page, 'pages/home/index', 'service-agencies')
  await expectReadable(page, 'pages/report/index', 'report-new')
  await expectReadable(page, 'pages/booking/index', 'booking-hub')
  await expectReadable(page, 'pages/mine/index', 'enterprise-card')
  await expectReadable(page, 'packages/reports/new/index', 'report-form')
  await expectReadable(page, `packages/reports/detail/index?id=${reportId}`, 'report-summary')
  await expectReadable(page, 'packages/reports/mine/index', 'my-reports-new')
  expect(errors).toEqual([])
  await context.close()
}, 120_000)

test('a liaison reads messages, alerts, consultations and salons at 200% without clipped or overlapping text', async () => {
  const { context, page, errors } = await openAtScale(2)
  await signInAs(page, e2e.harness.url, 'liaison')
  await expectReadable(page, 'packages/alerts/messages/index', 'message-center')
  await expectReadable(page, 'packages/alerts/feed/index', 'feed-total')
  await expectReadable(page, 'packages/consultations/providers/index', 'consultation-providers')
  await expectReadable(page, 'packages/salons/list/index', 'salon-my-registrations')
  expect(errors).toEqual([])
  await context.close()
}, 120_000)

test('a liaison reads the service directory, an agency and an expert at 200% without clipped or overlapping text', async () => {
  const { context, page, errors } = await openAtScale(2)
  await signInAs(page, e2e.harness.url, 'liaison')
  await expectReadable(page, 'packages/directory/agencies/index', 'agency-item')
  await visible(page, 'agency-item').click()
  await visible(page, 'agency-detail').waitFor()
  expect(await poll(() => textLayoutProblems(page), (found) => found.length === 0)).toEqual([])

  await expectReadable(page, 'packages/directory/experts/index', 'expert-item')
  await visible(page, 'expert-item').click()
  await visible(page, 'expert-detail').waitFor()
  expect(await poll(() => textLayoutProblems(page), (found) => found.length === 0)).toEqual([])
  expect(errors).toEqual([])
  await context.close()
}, 120_000)

test('label/value rows sit side by side at the standard size and stack at 200%', async () => {
  const rowLayout = async (scale: number) => {
    const { context, page, errors } = await openAtScale(scale)
    await signInAs(page, e2e.harness.url, 'liaison')
    await page.goto(`${e2e.harness.url}/#/pages/mine/index`)
    const row = visible(page, 'enterprise-card').locator('.info-row').first()
    await row.waitFor()
    const [label, value] = await Promise.all([row.locator('.info-row__label').boundingBox(), row.locator('.info-row__value').boundingBox()])
    expect(errors).toEqual([])
    await context.close()
    if (!label || !value) throw new Error('info row not rendered')
    return { stacked: value.y >= label.y + label.height - 1, sameLine: Math.abs(value.y - label.y) < 2 }
  }
  expect(await rowLayout(1)).toEqual({ stacked: false, sameLine: true })
  expect(await rowLayout(2)).toEqual({ stacked: true, sameLine: false })
}, 90_000)

test('staff read the workbench dashboard at 200% without clipped or overlapping text', async () => {
  const { context, page, errors } = await openAtScale(2)
  await signInAs(page, e2e.harness.url, 'staff')
  await expectReadable(page, 'packages/workbench/dashboard/index', 'period-label')
  expect(errors).toEqual([])
  await context.close()
}, 90_000)

test('the layout check itself catches clipped, spilling and overlapping text', async () => {
  const { context, page, errors } = await openAtScale(2)
  await signInAs(page, e2e.harness.url, 'liaison')
  await page.goto(`${e2e.harness.url}/#/pages/mine/index`)
  await visible(page, 'enterprise-card').locator('.info-row').first().waitFor()
  // What the old styles did at a large font: a fixed column that hides overflow, a fixed-height
  // box, and a row pulled up over the one before it.
  await page.addStyleTag({
    content: [
      '.card__title { display: block; width: 60px; overflow: hidden; white-space: nowrap; }',
      '.mine-header__name { height: 20px; }',
      '.info-row__value { margin-top: -40px; }',
    ].join('\n'),
  })
  const problems = (await textLayoutProblems(page)).join('\n')
  expect(problems).toMatch(/clipped sideways .*card__title/)
  expect(problems).toMatch(/spills out of its box .*mine-header__name/)
  expect(problems).toMatch(/overlap: .*info-row__label.*info-row__value/)
  expect(errors).toEqual([])
  await context.close()
}, 60_000)
