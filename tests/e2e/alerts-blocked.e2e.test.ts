import { scheduleAlert } from '../../types/alerts/contracts'
import { saveContentDraft } from '../../types/content/contracts'
import { addLinkDomain, removeLinkDomain } from '../../types/content/link-domains'
import { openPage } from './support/browser-page'
import { OFFICE_NOTICE_ALERT } from '../../server/modules/alerts/testing/alerts-fixture'
import { useBrowserHarness } from './support/browser-harness'
import { poll, signInAs, visible } from './support/locators'

const e2e = useBrowserHarness({ now: '2026-11-25T02:00:00.000Z' })
const STAFF = 'dev-openid-staff'

test('staff see why a scheduled alert was not published, in the list and on its page', async () => {
  const { harness } = e2e
  await harness.ok(addLinkDomain, { domain: 'ip-office.example.org', note: '某国知识产权局' }, STAFF)
  const draft = await harness.ok(
    saveContentDraft,
    {
      fields: OFFICE_NOTICE_ALERT,
    },
    STAFF,
  )
  await harness.ok(scheduleAlert, { contentId: draft.contentId, publishAt: '2026-11-25T03:00:00.000Z' }, STAFF)
  await harness.ok(removeLinkDomain, { domain: 'ip-office.example.org' }, STAFF)
  harness.clock.set('2026-11-25T03:01:00.000Z')
  await harness.runTimer('alerts', 'publishDue')

  // The page opens after the clock moved, so the browser's clock agrees with the server's.
  const { context, page, errors } = await openPage(e2e.browser, harness)
  await signInAs(page, harness.url, 'staff')
  await page.goto(`${harness.url}/#/packages/alerts-admin/list/index`)
  const row = page.locator(`[data-testid="admin-content-item"][data-id="${draft.contentId}"]:visible`).first()
  await row.waitFor()
  await row.locator('[data-testid="admin-blocked-tag"]').waitFor()
  expect(await row.locator('[data-testid="admin-blocked-tag"]').innerText()).toContain('定时未发布')
  expect(await poll(() => row.locator('[data-testid="admin-blocked-reason"]').innerText(), (t) => t.includes('已不在允许列表中'))).toContain(
    '链接域名「www.ip-office.example.org」已不在允许列表中，未发布',
  )

  await page.goto(`${harness.url}/#/packages/alerts-admin/stats/index?id=${draft.contentId}`)
  expect(await poll(() => visible(page, 'stats-blocked-reason').innerText(), (t) => t.includes('重新添加该域名'))).toContain('重新添加该域名')

  expect(errors).toEqual([])
  await context.close()
}, 90_000)
