import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Locator, Page } from 'playwright-core'
import { createSession, getSession, getSessionStats, listSessions, publishSession } from '../../types/salons/contracts'
import { sessionInput, STAFF } from '../../server/modules/salons/testing/salons-fixture'
import { openPage } from './support/browser-page'
import { useBrowserHarness } from './support/browser-harness'
import { visible, button, poll } from './support/locators'

const SCREENSHOTS = join(__dirname, '..', '..', 'docs', 'screenshots')

const e2e = useBrowserHarness({ now: '2026-11-25T02:00:00.000Z' })

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true })
}, 60_000)

async function expectText(locator: Locator, text: string) {
  await locator.waitFor()
  expect(await poll(() => locator.innerText(), (value) => value.includes(text))).toContain(text)
}

async function signedInPage(key: string) {
  const opened = await openPage(e2e.browser, e2e.harness)
  await opened.page.goto(`${e2e.harness.url}/#/packages/account/sign-in/index`)
  await visible(opened.page, `demo-user-${key}`).click()
  await visible(opened.page, 'profile-card').waitFor()
  return opened
}

async function screenshotTop(page: Page, path: string) {
  await page.waitForTimeout(1500)
  await page.evaluate(() => document.scrollingElement?.scrollTo({ top: 0, left: 0 }))
  await page.screenshot({ path })
}

/** Signs up the one attendee on the session page and opens that attendee's ticket. */
async function register(page: Page, sessionId: string, name: string) {
  await page.goto(`${e2e.harness.url}/#/packages/salons/detail/index?id=${sessionId}`)
  await visible(page, 'salon-register-form').waitFor()
  await visible(page, 'salon-attendee-0').locator('input').fill(name)
  await visible(page, 'salon-answer-q1').locator('input').fill('美国、加拿大')
  await button(page, 'salon-register-submit').click()
  await visible(page, 'salon-my-ticket').waitFor()
}

test('register → full → waitlist → a cancellation promotes → the promoted attendee confirms → staff check in by ticket code', async () => {
  const { sessionId } = await e2e.harness.ok(createSession, sessionInput({ capacity: 1 }), STAFF)
  await e2e.harness.ok(publishSession, { sessionId }, STAFF)

  // The liaison takes the only seat from the list page.
  const liaison = await signedInPage('liaison')
  await liaison.page.goto(`${e2e.harness.url}/#/packages/salons/list/index`)
  await expectText(visible(liaison.page, 'salon-seats'), '剩余 1 席')
  await visible(liaison.page, 'salon-card').click()
  await expectText(visible(liaison.page, 'salon-title'), '美国商标维权实务沙龙')
  await register(liaison.page, sessionId, '王联络')
  await expectText(visible(liaison.page, 'salon-my-ticket-status'), '已报名')
  await expectText(visible(liaison.page, 'salon-detail-seats'), '已满')
  await screenshotTop(liaison.page, join(SCREENSHOTS, 'salon-session.png'))
  await visible(liaison.page, 'salon-my-ticket').click()
  await expectText(visible(liaison.page, 'ticket-status'), '已报名')
  await visible(liaison.page, 'ticket-qr').waitFor()
  await screenshotTop(liaison.page, join(SCREENSHOTS, 'salon-ticket.png'))

  // Full: the visitor joins the waiting list and sees the position.
  const visitor = await signedInPage('visitor')
  await visitor.page.goto(`${e2e.harness.url}/#/packages/salons/detail/index?id=${sessionId}`)
  await expectText(visible(visitor.page, 'salon-register-form'), '名额已满，加入候补')
  await register(visitor.page, sessionId, '访客甲')
  await expectText(visible(visitor.page, 'salon-my-ticket-status'), '候补第 1 位')

  // The liaison cancels (two taps): the seat is offered to the visitor.
  await button(liaison.page, 'ticket-end').click()
  await button(liaison.page, 'ticket-end-confirm').click()
  await expectText(visible(liaison.page, 'ticket-status'), '已取消')

  // The visitor opens the ticket, sees the hold and confirms it.
  await visible(visitor.page, 'salon-my-ticket').click()
  await expectText(visible(visitor.page, 'ticket-hold'), '有席位空出，已为您保留至 2026-11-26 10:00')
  await button(visitor.page, 'ticket-confirm-hold').click()
  await expectText(visible(visitor.page, 'ticket-status'), '已报名')
  const code = (await visible(visitor.page, 'ticket-code').innerText()).trim()
  expect(code).toMatch(/^SALON1\./)

  // Staff check the ticket in by its code: green 已签到, then a replay is red with the reason.
  const staff = await signedInPage('staff')
  await staff.page.goto(`${e2e.harness.url}/#/packages/salons/check-in/index?id=${sessionId}`)
  await visible(staff.page, 'check-in-code').locator('input').fill(code)
  await button(staff.page, 'check-in-submit').click()
  const result = visible(staff.page, 'check-in-result')
  await expectText(result, '已签到')
  expect(await result.getAttribute('data-admitted')).toBe('true')
  await expectText(result, '访客甲')
  await result.click()
  await visible(staff.page, 'check-in-code').locator('input').fill(code)
  await button(staff.page, 'check-in-submit').click()
  await expectText(visible(staff.page, 'check-in-message'), '签到过，请勿重复使用')
  expect(await visible(staff.page, 'check-in-result').getAttribute('data-admitted')).toBe('false')

  const stats = await e2e.harness.ok(getSessionStats, { sessionId }, STAFF)
  expect(stats).toMatchObject({ registrations: 1, attended: 1, seats: { capacity: 1, confirmed: 1, held: 0, free: 0, waiting: 0 } })
  expect([...liaison.errors, ...visitor.errors, ...staff.errors]).toEqual([])
  await Promise.all([liaison.context.close(), visitor.context.close(), staff.context.close()])
}, 180_000)

test('staff create a session in the editor, publish it, and it is open for sign-up', async () => {
  const staff = await signedInPage('staff')
  await staff.page.goto(`${e2e.harness.url}/#/packages/salons/staff/index`)
  await button(staff.page, 'staff-new-session').click()
  await visible(staff.page, 'salon-editor').waitFor()
  await staff.page.waitForTimeout(500)
  await visible(staff.page, 'title').locator('input').fill('欧盟外观设计保护培训')
  await visible(staff.page, 'editor-expert').click()
  await visible(staff.page, 'speakers').locator('input').fill('王律师')
  await visible(staff.page, 'capacity').locator('input').fill('30')

  // Away and back before saving: what was typed and picked is still there.
  const openNewSession = async () => {
    await staff.page.goto(`${e2e.harness.url}/#/packages/salons/staff/index`)
    await button(staff.page, 'staff-new-session').click()
    await visible(staff.page, 'salon-editor').waitFor()
  }
  await staff.page.goto(`${e2e.harness.url}/#/pages/mine/index`)
  await visible(staff.page, 'profile-card').waitFor()
  await openNewSession()
  await visible(staff.page, 'draft-restored').waitFor()
  await expect(visible(staff.page, 'title').locator('input').inputValue()).resolves.toBe('欧盟外观设计保护培训')
  await expect(visible(staff.page, 'capacity').locator('input').inputValue()).resolves.toBe('30')
  await expectText(visible(staff.page, 'editor-expert'), '✓')
  await button(staff.page, 'editor-save').click()

  const card = staff.page.locator('[data-testid="staff-session"]:visible', { hasText: '欧盟外观设计保护培训' }).first()
  await expectText(card, '草稿')
  await card.locator('taro-button-core[data-testid="staff-publish"]').click()
  await expectText(card, '报名中')
  await expectText(card, '剩余 30 席')
  // Saved: a new session starts empty again.
  await openNewSession()
  await staff.page.waitForTimeout(300)
  await expect(visible(staff.page, 'title').locator('input').inputValue()).resolves.toBe('')
  await expect(staff.page.locator('[data-testid="draft-restored"]:visible').count()).resolves.toBe(0)

  const visitor = await signedInPage('visitor')
  await visitor.page.goto(`${e2e.harness.url}/#/packages/salons/list/index`)
  const listed = visitor.page.locator('[data-testid="salon-card"]:visible', { hasText: '欧盟外观设计保护培训' }).first()
  await expectText(listed, '12月2日（周三）09:30–11:30')
  const created = (await e2e.harness.ok(listSessions, {}, 'openid-any')).items.find((s) => s.title === '欧盟外观设计保护培训')
  const detail = await e2e.harness.ok(getSession, { sessionId: created!.sessionId }, 'openid-any')
  expect(detail.speakers).toEqual([expect.objectContaining({ expertId: expect.any(String) }), { expertId: null, name: '王律师' }])
  expect([...staff.errors, ...visitor.errors]).toEqual([])
  await Promise.all([staff.context.close(), visitor.context.close()])
}, 120_000)
