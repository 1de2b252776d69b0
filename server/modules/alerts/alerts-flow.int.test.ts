import type { SqliteDocumentStore } from '../../adapters/sqlite/sqlite-document-store'
import { dispatchDue } from '../messaging/dispatcher/dispatch-due'
import { outboxOf } from '../messaging/dispatcher/outbox-transitions'
import { countUnread, listMessages } from '../messaging/message-center'
import { dispatchContext, FixedClock, ScriptedMessenger, TEMPLATES } from '../messaging/testing/messaging-fixture'
import { alertDeliveryStats } from './alert-delivery-stats'
import { markAlertRead, readContentIds } from './alert-reads'
import { dispatchRepository } from './dispatch-repository'
import { runAlertsTimer } from './run-alerts-timer'
import { cancelAlertSchedule, scheduleAlert } from './schedule-alert'
import { stopAlertDeliveries } from './stop-alert-deliveries'
import { alertsStore, draftAlert, publishAlert, STAFF, subscribers, withdrawAlert } from './testing/alerts-fixture'
import { topUpPrompt } from './top-up-prompt'
import { DEFAULT_FANOUT_SETTINGS } from './fan-out-alerts'

const START = '2026-11-25T02:00:00.000Z' // 10:00 Shanghai

let store: SqliteDocumentStore
let clock: FixedClock
let messenger: ScriptedMessenger

beforeEach(() => {
  store = alertsStore()
  clock = new FixedClock(START)
  messenger = new ScriptedMessenger()
})
afterEach(() => store.close())

const tick = () => runAlertsTimer(store, clock)
const dispatch = (settings = {}) => dispatchDue(dispatchContext(store, messenger, clock, settings))

describe('alerts: publish → fan-out → dispatch', () => {
  it('announces a published alert to matching subscribers only, and reports stats per alert', async () => {
    const us = await subscribers(store, ['o-us-1', 'o-us-2'], { countries: ['US'], ipTypes: [], industries: [] }, clock.now())
    const [noQuota] = await subscribers(store, ['o-us-noquota'], { countries: [], ipTypes: ['patent'], industries: [] }, clock.now(), 0)
    await subscribers(store, ['o-jp'], { countries: ['JP'], ipTypes: [], industries: [] }, clock.now())
    await subscribers(store, ['o-us-textiles'], { countries: ['US'], ipTypes: [], industries: ['textiles'] }, clock.now())

    const draft = await draftAlert(store, clock.now())
    await publishAlert(store, draft, clock.now())
    expect((await dispatchRepository(store).get(draft._id))?.state).toBe('publishing')

    const timer = await tick()
    expect(timer.fanout).toEqual({ alerts: 1, matched: 3, planned: 3 })
    expect((await dispatchRepository(store).get(draft._id))).toMatchObject({ state: 'published', matched: 3, planned: 3 })

    const report = await dispatch()
    expect(report).toMatchObject({ sent: 2, skippedNoQuota: 1 })
    expect(messenger.sends.map((s) => s.touser).sort()).toEqual(['o-us-1', 'o-us-2'])
    expect(messenger.sends[0].data).toMatchObject({ thing1: { value: '美国对假发产品发起337调查' }, phrase2: { value: '警示' } })
    expect(await countUnread(store, noQuota)).toBe(1)

    await markAlertRead(store, us[0], draft._id, clock.now())
    await markAlertRead(store, us[0], draft._id, clock.now())
    expect(await countUnread(store, us[0])).toBe(0)
    expect(await alertDeliveryStats(store, draft._id)).toMatchObject({
      planned: 3,
      sent: 2,
      skippedNoQuota: 1,
      failed: 0,
      pending: 0,
      read: 1,
      schedule: { state: 'published', matched: 3 },
    })
    expect(await readContentIds(store, us[0], [draft._id, 'content_other'])).toEqual([draft._id])
    // A second tick and dispatch find nothing new.
    expect((await tick()).fanout.planned).toBe(0)
    expect((await dispatch()).claimed).toBe(0)
  })

  it('offers a top-up after reading once the alert sends are used up', async () => {
    const [userId] = await subscribers(store, ['o-topup'], { countries: ['US'], ipTypes: [], industries: [] }, clock.now())
    expect(await topUpPrompt(store, TEMPLATES, userId)).toBeNull()
    await publishAlert(store, await draftAlert(store, clock.now()), clock.now())
    await tick()
    await dispatch()
    expect(await topUpPrompt(store, TEMPLATES, userId)).toMatchObject({ templateIds: [TEMPLATES.templates.alert_published!.templateId] })
  })

  it('urgent alerts bypass quiet hours; others wait until 08:00 Shanghai', async () => {
    clock.set('2026-11-25T15:00:00.000Z') // 23:00 Shanghai
    await subscribers(store, ['o-night'], { countries: [], ipTypes: [], industries: [] }, clock.now(), 2)
    const calm = await draftAlert(store, clock.now(), { title: '日本商标审查指南修订', countries: ['JP'], severity: 'info' })
    const urgent = await draftAlert(store, clock.now(), { title: '德国展会侵权紧急预警', countries: ['DE'], severity: 'urgent' })
    await publishAlert(store, calm, clock.now())
    await publishAlert(store, urgent, clock.now())
    await tick()
    await dispatch()
    expect(messenger.sends.map((s) => s.data.thing1.value)).toEqual(['德国展会侵权紧急预警'])
    clock.set('2026-11-26T00:00:00.000Z')
    await dispatch()
    expect(messenger.sends.map((s) => s.data.thing1.value)).toEqual(['德国展会侵权紧急预警', '日本商标审查指南修订'])
  })

  it('large fan-outs continue across ticks from their cursor without duplicates', async () => {
    const openids = Array.from({ length: 25 }, (_, i) => `o-big-${i}`)
    await subscribers(store, openids, { countries: ['US'], ipTypes: [], industries: [] }, clock.now(), 0)
    const draft = await draftAlert(store, clock.now())
    await publishAlert(store, draft, clock.now())
    const small = { ...DEFAULT_FANOUT_SETTINGS, pageSize: 10, budgetMs: 0 }
    const ticks = []
    for (let i = 0; i < 4; i++) ticks.push((await runAlertsTimer(store, clock, small)).fanout)
    expect(ticks.map((t) => t.planned)).toEqual([10, 10, 5, 0])
    expect(await outboxOf(store).count({ sourceId: draft._id })).toBe(25)
    expect((await dispatchRepository(store).get(draft._id))?.state).toBe('published')
  })
})

describe('alerts: scheduled publishing', () => {
  it('publishes a scheduled draft at its time through the content module, then fans it out', async () => {
    await subscribers(store, ['o-sched'], { countries: ['US'], ipTypes: [], industries: [] }, clock.now())
    const draft = await draftAlert(store, clock.now())
    const schedule = await scheduleAlert(store, STAFF, draft._id, new Date('2026-11-25T04:00:00.000Z'), clock.now())
    expect(schedule).toMatchObject({ state: 'scheduled', publishAt: '2026-11-25T04:00:00.000Z' })

    clock.set('2026-11-25T03:59:00.000Z')
    expect(await tick()).toMatchObject({ published: 0, fanout: { planned: 0 } })
    clock.set('2026-11-25T04:00:00.000Z')
    expect(await tick()).toMatchObject({ published: 1, fanout: { planned: 1 } })
    expect((await dispatchRepository(store).get(draft._id))).toMatchObject({
      state: 'published',
      publishAt: '2026-11-25T04:00:00.000Z',
      publishedAt: '2026-11-25T04:00:00.000Z',
    })
    expect((await dispatch()).sent).toBe(1)
  })

  it('refuses times too soon and items already published; a cancelled schedule never fires', async () => {
    const draft = await draftAlert(store, clock.now())
    await expect(scheduleAlert(store, STAFF, draft._id, new Date(clock.now().getTime() + 30_000), clock.now())).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    })
    await scheduleAlert(store, STAFF, draft._id, new Date('2026-11-25T05:00:00.000Z'), clock.now())
    expect(await cancelAlertSchedule(store, draft._id, clock.now())).toBe(true)
    clock.set('2026-11-25T06:00:00.000Z')
    expect((await tick()).published).toBe(0)

    const published = await publishAlert(store, await draftAlert(store, clock.now()), clock.now())
    await expect(scheduleAlert(store, STAFF, published._id, new Date('2026-11-26T00:00:00.000Z'), clock.now())).rejects.toMatchObject({
      code: 'INVALID_STATE',
    })
  })
})

describe('alerts: withdrawal', () => {
  it('withdrawal mid-send stops what has not started and flags the messages', async () => {
    await subscribers(store, ['o-w1', 'o-w2', 'o-w3', 'o-w4'], { countries: ['US'], ipTypes: [], industries: [] }, clock.now())
    const published = await publishAlert(store, await draftAlert(store, clock.now()), clock.now())
    await tick()
    messenger.beforeAnswer = async (_m, nth) => {
      if (nth !== 1) return
      await withdrawAlert(store, published, clock.now())
      await stopAlertDeliveries(store, published._id, clock.now())
    }
    const report = await dispatch({ concurrency: 1 })
    expect(report).toMatchObject({ sent: 1, lost: 3 })
    expect(messenger.sends).toHaveLength(1)
    expect(await alertDeliveryStats(store, published._id)).toMatchObject({ planned: 4, sent: 1, cancelled: 3, pending: 0 })
    const userMessages = await listMessages(store, (await outboxOf(store).findOne({ status: 'cancelled' }))!.recipientUserId, 1, 20, false)
    expect(userMessages.items[0].withdrawn).toBe(true)
  })

  it('without the post-commit stop, the next alerts tick cancels pending sends', async () => {
    await subscribers(store, ['o-late1', 'o-late2'], { countries: ['US'], ipTypes: [], industries: [] }, clock.now())
    const published = await publishAlert(store, await draftAlert(store, clock.now()), clock.now())
    await tick()
    await withdrawAlert(store, published, clock.now())
    expect((await tick()).stopped).toBe(1)
    expect((await dispatch()).claimed).toBe(0)
    expect(await alertDeliveryStats(store, published._id)).toMatchObject({ planned: 2, cancelled: 2 })
  })

  it('a withdrawal during fan-out cancels rows planned after it', async () => {
    const openids = Array.from({ length: 12 }, (_, i) => `o-fw-${i}`)
    await subscribers(store, openids, { countries: ['US'], ipTypes: [], industries: [] }, clock.now(), 0)
    const published = await publishAlert(store, await draftAlert(store, clock.now()), clock.now())
    await runAlertsTimer(store, clock, { ...DEFAULT_FANOUT_SETTINGS, pageSize: 5, budgetMs: 0 })
    await withdrawAlert(store, published, clock.now())
    await stopAlertDeliveries(store, published._id, clock.now())
    await runAlertsTimer(store, clock, { ...DEFAULT_FANOUT_SETTINGS, pageSize: 5 })
    expect(await alertDeliveryStats(store, published._id)).toMatchObject({ planned: 5, cancelled: 5, pending: 0 })
  })

  it('a re-publication after withdrawal announces again, with new dedupe keys', async () => {
    await subscribers(store, ['o-again'], { countries: ['US'], ipTypes: [], industries: [] }, clock.now(), 2)
    const first = await publishAlert(store, await draftAlert(store, clock.now()), clock.now())
    await tick()
    await dispatch()
    const withdrawn = await withdrawAlert(store, first, clock.now())
    await stopAlertDeliveries(store, first._id, clock.now())
    clock.advance(3_600_000)
    await publishAlert(store, withdrawn, clock.now())
    await tick()
    await dispatch()
    expect(messenger.sends).toHaveLength(2)
    expect(await outboxOf(store).count({ sourceId: first._id })).toBe(2)
  })
})

describe('alerts: reconciliation', () => {
  it('announces and stops alerts published or withdrawn without the hooks, one tick late', async () => {
    await subscribers(store, ['o-rec'], { countries: ['US'], ipTypes: [], industries: [] }, clock.now(), 0)
    const published = await publishAlert(store, await draftAlert(store, clock.now()), clock.now(), {})
    expect(await dispatchRepository(store).get(published._id)).toBeNull()
    expect((await tick()).fanout.planned).toBe(1)
    await withdrawAlert(store, published, clock.now(), {})
    expect((await tick()).stopped).toBe(1)
    expect(await alertDeliveryStats(store, published._id)).toMatchObject({ planned: 1, cancelled: 1 })
  })
})
