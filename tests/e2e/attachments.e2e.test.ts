import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { reportAttachmentFolder } from '../../types/files'
import { submitReport } from '../../types/reports/contracts'
import { getMyProfile } from '../../types/users/contracts'
import { EXPERT, LIAISON, newKey, reportInput } from '../../server/modules/reports/testing/reports-fixture'
import { openPage } from './support/browser-page'
import { useBrowserHarness } from './support/browser-harness'
import { visible } from './support/locators'

// A 1×1 PNG: the preview must show a real, decodable image through the signed link.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')

const e2e = useBrowserHarness({ now: '2026-11-25T02:00:00.000Z' })

function storeFile(path: string, content: Buffer | string) {
  const file = join(e2e.harness.dataDir, 'files', path)
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, content)
}

test('the assignee previews an image and opens a PDF through short-lived links', async () => {
  const key = newKey()
  const folder = reportAttachmentFolder((await e2e.harness.ok(getMyProfile, {}, LIAISON)).userId, key)
  storeFile(`${folder}complaint.pdf`, '%PDF-1.4\n% complaint\n')
  storeFile(`${folder}listing.png`, PNG)
  const report = await e2e.harness.ok(
    submitReport,
    reportInput({ idempotencyKey: key, attachments: [`cloud://env-1.bucket/${folder}complaint.pdf`, `cloud://env-1.bucket/${folder}listing.png`] }),
    LIAISON,
  )
  expect(report.assignee?.userId).toBe((await e2e.harness.ok(getMyProfile, {}, EXPERT)).userId)

  const { context, page, errors } = await openPage(e2e.browser, e2e.harness)
  await page.goto(`${e2e.harness.url}/#/packages/account/sign-in/index`)
  await visible(page, 'demo-user-expert').click()
  await visible(page, 'profile-card').waitFor()
  await page.goto(`${e2e.harness.url}/#/packages/reports/detail/index?id=${report.reportId}`)
  await visible(page, 'report-attachment-list').waitFor()
  expect(await visible(page, 'report-attachment-0').innerText()).toContain('附件 1（PDF）')
  expect(await visible(page, 'report-attachment-1').innerText()).toContain('附件 2（图片）')

  const [tab] = await Promise.all([context.waitForEvent('page'), visible(page, 'report-attachment-0').click()])
  const pdfUrl = tab.url()
  expect(pdfUrl).toContain('/api/files?')
  const pdf = await fetch(pdfUrl)
  expect(pdf.status).toBe(200)
  expect(await pdf.text()).toContain('% complaint')
  await tab.close()

  await visible(page, 'report-attachment-1').click()
  const preview = page.locator('img[src*="/api/files"]').first()
  await preview.waitFor()
  expect(await preview.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1)
  expect(errors).toEqual([])
  await context.close()
}, 60_000)
