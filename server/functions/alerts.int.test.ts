import {
  getAlertDeliveryStats,
  getAlertReadStates,
  getMyAlertSubscription,
  markAlertRead,
  publishDue,
  scheduleAlert,
  stopMyAlertSubscription,
  updateMyAlertSubscription,
} from '../../types/alerts/contracts'
import { publishContent, saveContentDraft } from '../../types/content/contracts'
import { dispatchDue, getMyNotificationSettings, listMyMessages, recordSubscribeResults } from '../../types/messaging/contracts'
import { demoOpenid } from '../seed/demo-users'
import { startHarness, type GatewayHarness } from '../../tests/support/gateway-harness'

const STAFF = demoOpenid('staff')
const ALERT_TEMPLATE = 'DEV-alert-published-0000000000000000000000'

const alertFields = {
  kind: 'risk_alert',
  title: '美国对假发产品发起337调查',
  summary: '涉案企业请在20日内应诉',
  body: [{ type: 'paragraph', text: '美国国际贸易委员会已立案，请相关企业及时准备应诉材料。' }],
  countries: ['US'],
  ipTypes: ['patent'],
  industries: ['hair_products'],
  severity: 'urgent',
  source: '商务部',
  sourceUrl: null,
  effectiveDate: null,
  lessons: [],
  feeRows: [],
  attachments: [],
}

let h: GatewayHarness
beforeEach(async () => {
  h = await startHarness()
})
afterEach(() => h.close())

/** Polls until `check` passes: the gateway's timer runner fires the triggers in the background. */
async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + 8000
  for (;;) {
    const value = await read()
    if (check(value)) return value
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(value)}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

describe('alerts function through the gateway, timers included', () => {
  it('staff publishes, the alerts timer fans out, the dispatcher delivers: feed, message center and push', async () => {
    const subscriber = 'openid-subscriber'
    await h.ok(updateMyAlertSubscription, { countries: ['US'], ipTypes: [], industries: [] }, subscriber)
    const recorded = await h.ok(
      recordSubscribeResults,
      { requestId: 'req-e2e-0001', results: { errMsg: 'requestSubscribeMessage:ok', [ALERT_TEMPLATE]: 'accept' } },
      subscriber,
    )
    expect(recorded.quotas.find((q) => q.key === 'alert_published')?.remaining).toBe(1)

    const draft = await h.ok(saveContentDraft, { fields: alertFields }, STAFF)
    const published = await h.ok(publishContent, { contentId: draft.contentId, expectedRevision: draft.revision }, STAFF)
    expect(published.status).toBe('published')

    // :30 — the alerts trigger plans the notification.
    h.clock.advance(30_000)
    await eventually(() => h.ok(getAlertDeliveryStats, { contentId: draft.contentId }, STAFF), (s) => s.planned === 1, 'fan-out')
    // next :00 — the dispatcher delivers it.
    h.clock.advance(30_000)
    const stats = await eventually(() => h.ok(getAlertDeliveryStats, { contentId: draft.contentId }, STAFF), (s) => s.sent === 1, 'dispatch')
    expect(stats).toMatchObject({ planned: 1, sent: 1, skippedNoQuota: 0, failed: 0, read: 0 })

    const inbox = await h.ok(listMyMessages, {}, subscriber)
    expect(inbox).toMatchObject({ total: 1, unreadCount: 1 })
    expect(inbox.items[0]).toMatchObject({ title: '美国对假发产品发起337调查', sourceKind: 'alert', sourceId: draft.contentId, withdrawn: false })

    const read = await h.ok(markAlertRead, { contentId: draft.contentId }, subscriber)
    expect(read).toMatchObject({ firstRead: true, unreadMessages: 0, topUp: { templateIds: [ALERT_TEMPLATE] } })
    expect(await h.ok(getAlertReadStates, { contentIds: [draft.contentId] }, subscriber)).toEqual({ readContentIds: [draft.contentId] })
    expect((await h.ok(getAlertDeliveryStats, { contentId: draft.contentId }, STAFF)).read).toBe(1)
    expect((await h.ok(getMyNotificationSettings, {}, subscriber)).quotas.find((q) => q.key === 'alert_published')?.remaining).toBe(0)
  }, 20_000)

  it('subscriptions: follow, change, stop — each user only sees their own', async () => {
    expect(await h.ok(getMyAlertSubscription, {}, 'openid-a')).toEqual({ subscription: null })
    const followed = await h.ok(updateMyAlertSubscription, { countries: ['US', 'DE'], ipTypes: ['trademark'], industries: [] }, 'openid-a')
    expect(followed.subscription).toMatchObject({ countries: ['US', 'DE'], ipTypes: ['trademark'], industries: [], active: true })
    const changed = await h.ok(updateMyAlertSubscription, { countries: [], ipTypes: [], industries: ['electronics'] }, 'openid-a')
    expect(changed.subscription).toMatchObject({ countries: [], industries: ['electronics'], active: true })
    expect((await h.ok(stopMyAlertSubscription, {}, 'openid-a')).subscription).toMatchObject({ active: false, industries: ['electronics'] })
    expect(await h.ok(getMyAlertSubscription, {}, 'openid-b')).toEqual({ subscription: null })
  })

  it('roles: only staff see stats and schedule; nobody may call the timers; anonymous callers are refused', async () => {
    const user = 'openid-plain'
    for (const [contract, data] of [
      [getAlertDeliveryStats, { contentId: 'content_x' }],
      [scheduleAlert, { contentId: 'content_x', publishAt: '2026-11-26T00:00:00.000Z' }],
    ] as const) {
      expect(await h.call(contract, data, user)).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    }
    expect(await h.call(publishDue, {}, STAFF)).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(await h.call(dispatchDue, {}, STAFF)).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(await h.call(getMyAlertSubscription, {}, null)).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' })
  })

  it('invalid payloads get field issues in Chinese', async () => {
    const badTopics = await h.call(updateMyAlertSubscription, { countries: ['XX'], ipTypes: ['patent', 'patent'], industries: [] }, 'openid-v')
    if (badTopics.ok) throw new Error('expected a validation failure')
    expect(Object.fromEntries((badTopics.issues ?? []).map((i) => [i.path.join('.'), i.message]))).toMatchObject({
      'countries.0': '请选择列表中的国家或地区',
      ipTypes: '知识产权类型有重复，请去掉重复项',
    })
    const tooMany = await h.call(
      recordSubscribeResults,
      { requestId: 'req-e2e-0002', results: { aaaaaaaa1: 'accept', aaaaaaaa2: 'accept', aaaaaaaa3: 'accept', aaaaaaaa4: 'accept' } },
      'openid-v',
    )
    expect(tooMany).toMatchObject({ ok: false, code: 'VALIDATION_FAILED', message: '每次最多记录 3 个模板的订阅结果' })
    expect(await h.call(recordSubscribeResults, { requestId: 'x', results: { [ALERT_TEMPLATE]: 'accept' } }, 'openid-v')).toMatchObject({
      ok: false,
      code: 'VALIDATION_FAILED',
    })
    expect(await h.call(recordSubscribeResults, { requestId: 'req-e2e-0003', results: { [ALERT_TEMPLATE]: 'maybe' } }, 'openid-v')).toMatchObject({
      ok: false,
      code: 'VALIDATION_FAILED',
    })
    const draft = await h.ok(saveContentDraft, { fields: alertFields }, STAFF)
    const past = await h.call(scheduleAlert, { contentId: draft.contentId, publishAt: '2026-11-25T01:00:00.000Z' }, STAFF)
    expect(past).toMatchObject({ ok: false, code: 'VALIDATION_FAILED', issues: [{ path: ['publishAt'] }] })
    expect(await h.call(scheduleAlert, { contentId: 'content_missing', publishAt: '2026-11-26T00:00:00.000Z' }, STAFF)).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    })
    // Users cannot read drafts or unknown items; staff get NOT_FOUND for stats of unknown items.
    expect(await h.call(markAlertRead, { contentId: draft.contentId }, 'openid-v')).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    expect(await h.call(getAlertDeliveryStats, { contentId: 'content_missing' }, STAFF)).toMatchObject({ ok: false, code: 'NOT_FOUND' })
  })
})
