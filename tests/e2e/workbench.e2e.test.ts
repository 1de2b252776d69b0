import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { acceptPrivacyGuide, applyForEnterprise } from '../../types/users/contracts'
import { PRIVACY_GUIDE_VERSION } from '../../types/users/schemas'
import { REPORTS, type ReportRecord } from '../../server/modules/reports/records'
import { reportRecord } from '../../server/modules/workbench/testing/seed-records'
import { demoOpenid } from '../../server/seed/demo-users'
import { openPage } from './support/browser-page'
import { useBrowserHarness } from './support/browser-harness'
import { visible, button, signInAs } from './support/locators'

const SCREENSHOTS = join(__dirname, '..', '..', 'docs', 'screenshots')

const e2e = useBrowserHarness({ now: '2026-11-25T02:00:00.000Z' })

/** Reads a QR code off the screen: the element's screenshot, decoded to pixels in the page, read by jsQR. */
async function decodeQr(page: Page, locator: ReturnType<typeof visible>): Promise<string | undefined> {
  await locator.scrollIntoViewIfNeeded()
  const png = (await locator.screenshot()).toString('base64')
  const { width, height, data } = await page.evaluate(async (base64) => {
    const image = new Image()
    image.src = `data:image/png;base64,${base64}`
    await image.decode()
    const canvas = document.createElement('canvas')
    canvas.width = image.width
    canvas.height = image.height
    const context = canvas.getContext('2d')
    if (!context) throw new Error('no 2d context')
    context.drawImage(image, 0, 0)
    return { width: image.width, height: image.height, data: Array.from(context.getImageData(0, 0, image.width, image.height).data) }
  }, png)
  const { default: jsQR } = await import('jsqr')
  return jsQR(Uint8ClampedArray.from(data), width, height)?.data
}

async function expectText(locator: ReturnType<typeof visible>, text: string) {
  await locator.waitFor()
  await expect(locator.innerText()).resolves.toContain(text)
}

test('staff approve an enterprise, its new liaison reports, staff see it counted on the dashboard', async () => {
  // The application itself is covered by registration.e2e; here it is filed through the API.
  const visitor = demoOpenid('visitor')
  await e2e.harness.ok(acceptPrivacyGuide, { version: PRIVACY_GUIDE_VERSION }, visitor)
  await e2e.harness.ok(applyForEnterprise, { enterpriseName: '许昌恒达发制品有限公司', creditCode: '91411000MA46A0B73N', industry: 'hair_products', exportMarkets: ['US'], liaisonName: '陈晓', mobile: '13800138000' }, visitor)

  const { context, page, errors } = await openPage(e2e.browser, e2e.harness)

  // 1. Staff approve the application.
  await signInAs(page, e2e.harness.url, 'staff')
  await visible(page, 'entry-staff-review').click()
  await visible(page, 'application-item').click()
  await button(page, 'review-approve').click()
  await expect(visible(page, 'application-status').getAttribute('data-status')).resolves.toBe('approved')

  // 2. The new liaison reports a dispute.
  await signInAs(page, e2e.harness.url, 'visitor')
  await page.goto(`${e2e.harness.url}/#/pages/report/index`)
  await visible(page, 'report-new').click()
  await visible(page, 'report-form').waitFor()
  await visible(page, 'report-service-dispute_response').click()
  await visible(page, 'report-ip-trademark').click()
  await visible(page, 'report-country-US').click()
  await visible(page, 'report-counterpart').locator('input').fill('Glamour Hair LLC')
  await visible(page, 'report-description').locator('textarea').fill('我司出口美国的假发产品被投诉商标侵权，店铺链接已下架，请求应诉指导。')
  await button(page, 'report-submit').click()
  await visible(page, 'report-success').waitFor()

  // 3. Staff open the workbench: this month counts the report, by service type and country.
  await signInAs(page, e2e.harness.url, 'staff')
  await visible(page, 'entry-workbench').click()
  await expectText(visible(page, 'period-label'), '2026年11月')
  await expectText(visible(page, 'tile-total-value'), '1')
  await expectText(visible(page, 'chart-service'), '纠纷应对')
  await expectText(visible(page, 'chart-country'), '美国')
  await expectText(visible(page, 'tile-within-3'), '欧盟服务台 98.8%')
  await expectText(visible(page, 'tile-consultations'), '满意率')
  await expectText(visible(page, 'tile-salons'), '报名')
  // The consultation and salon figures have their tables one tap away too.
  await visible(page, 'chart-salons').scrollIntoViewIfNeeded()
  await visible(page, 'chart-salons-toggle').click()
  await expectText(visible(page, 'chart-salons-table'), '到场签到')
  await visible(page, 'chart-salons-toggle').click()

  // 4. The table behind a chart is one tap away.
  await visible(page, 'chart-service-toggle').click()
  const table = visible(page, 'chart-service-table')
  await expectText(table, '纠纷应对')
  await expectText(table, '100%')
  await table.scrollIntoViewIfNeeded()

  // 5. A year ago: nothing counted.
  await visible(page, 'period-year').click()
  await expectText(visible(page, 'period-label'), '2026年')
  await visible(page, 'period-prev').click()
  await expectText(visible(page, 'period-label'), '2025年')
  await expectText(visible(page, 'tile-total-value'), '0')

  // 6. The registry lists the new enterprise with its liaison; the audit log shows the approval.
  await visible(page, 'open-registry').click()
  const entry = page.locator('[data-testid="registry-item"]:visible', { hasText: '许昌恒达发制品有限公司' })
  await expectText(entry, '设为重点企业')
  await entry.locator('[data-testid="revoke-liaison"]').waitFor()

  // 7. Staff invite an agency account; another person redeems the code once.
  await visible(page, 'invite-agency').click()
  const code = /[A-HJ-NP-Z2-9]{8}/.exec(await visible(page, 'invitation-code').innerText())?.[0]
  expect(code).toBeDefined()
  // The QR beside it, as drawn on screen, reads back to the same code.
  expect(await decodeQr(page, visible(page, 'invitation-qr'))).toBe(code)
  await visible(page, 'invitation-close').click()
  await page.goBack()
  await visible(page, 'open-audit').click()
  await expectText(visible(page, 'audit-item'), '张科员')

  await signInAs(page, e2e.harness.url, 'expert')
  await visible(page, 'entry-redeem-invitation').click()
  await visible(page, 'invite-code').locator('input').fill(code ?? '')
  await button(page, 'invite-submit').click()
  await expectText(visible(page, 'invite-done'), '您已获得“协助机构”身份')
  await signInAs(page, e2e.harness.url, 'expert')
  await visible(page, 'role-tag-agency').waitFor()

  // 8. For the README: a month with a realistic spread of reports, charts and the table.
  await e2e.harness.store.collection<ReportRecord>(REPORTS).insertMany(sampleMonth())
  await signInAs(page, e2e.harness.url, 'staff')
  await visible(page, 'entry-workbench').click()
  await expectText(visible(page, 'period-label'), '2026年11月')
  await expectText(visible(page, 'tile-total-value'), '41')
  await page.waitForTimeout(800)
  await page.screenshot({ path: join(SCREENSHOTS, 'workbench-dashboard.png') })
  await visible(page, 'chart-country').scrollIntoViewIfNeeded()
  await page.waitForTimeout(300)
  await page.screenshot({ path: join(SCREENSHOTS, 'workbench-charts.png') })
  await visible(page, 'chart-country-toggle').click()
  await expectText(visible(page, 'chart-country-table'), '占比')
  await visible(page, 'chart-country-table').scrollIntoViewIfNeeded()
  await page.waitForTimeout(300)
  await page.screenshot({ path: join(SCREENSHOTS, 'workbench-table.png') })

  expect(errors).toEqual([])
  await context.close()
}, 180_000)

/** 40 more November reports with known spreads (the screenshots show real aggregates, not a picture). */
function sampleMonth(): ReportRecord[] {
  const services = ['dispute_response', 'dispute_response', 'trademark_squatting', 'trade_fair', 'overseas_filing', 'early_warning'] as const
  const countries = [['US'], ['US', 'DE'], ['DE'], ['JP'], ['NG'], ['GB'], ['US']] as const
  const districts = ['魏都区', '长葛市', '禹州市', '建安区', null] as const
  return Array.from({ length: 40 }, (_, i) =>
    reportRecord(`sample_${i}`, {
      createdAt: new Date(Date.UTC(2026, 10, 2 + (i % 20), 2)).toISOString(),
      serviceType: services[i % services.length],
      ipType: i % 3 === 0 ? 'patent' : 'trademark',
      countries: [...countries[i % countries.length]],
      district: districts[i % districts.length],
      status: i % 4 === 0 ? 'in_progress' : 'closed',
      assignee: i % 4 === 0 ? { kind: 'expert', id: `exp_${i % 3}`, name: ['林知远', '李专家', '周律师'][i % 3], userId: `usr_${i % 3}` } : null,
      rating: i % 4 === 0 ? null : { score: 3 + (i % 3), comment: null, ratedAt: new Date(Date.UTC(2026, 10, 22, 2)).toISOString() },
      sla: { firstResponseWorkingMinutes: 30 + ((i * 97) % 1900), resolutionWorkingMinutes: i % 4 === 0 ? null : 600 + ((i * 331) % 6000) },
    }),
  )
}
