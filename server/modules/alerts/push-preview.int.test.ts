import type { SqliteDocumentStore } from '../../adapters/sqlite/sqlite-document-store'
import { dispatchDue } from '../messaging/dispatcher/dispatch-due'
import { EMPTY_TEMPLATE_CONFIG } from '../messaging/template-config'
import { dispatchContext, FixedClock, ScriptedMessenger, TEMPLATES } from '../messaging/testing/messaging-fixture'
import { previewAlertPush } from './push-preview'
import { runAlertsTimer } from './run-alerts-timer'
import { alertsStore, draftAlert, publishAlert, subscribers } from './testing/alerts-fixture'

const START = '2026-11-25T02:00:00.000Z'

let store: SqliteDocumentStore
let clock: FixedClock
beforeEach(() => {
  store = alertsStore()
  clock = new FixedClock(START)
})
afterEach(() => store.close())

describe('the publish preview', () => {
  it('shows exactly the subscribe message subscribers then receive, and how many it reaches', async () => {
    await subscribers(store, ['o-us-1', 'o-us-2'], { countries: ['US'], ipTypes: [], industries: [] }, clock.now())
    await subscribers(store, ['o-jp'], { countries: ['JP'], ipTypes: [], industries: [] }, clock.now())
    // A title over the card's 20-character limit: the preview shows the cut the card will show.
    const draft = await draftAlert(store, clock.now(), { title: '美国国际贸易委员会对中国产假发产品发起第三三七条款调查', severity: 'urgent' })

    const preview = await previewAlertPush(store, TEMPLATES, draft._id, clock.now())
    expect(preview).toMatchObject({ templateTitle: '海外知识产权预警提醒', subscriberCount: 2, inbox: { title: draft.title, summary: draft.summary } })
    expect(preview.lines.map((l) => l.label)).toEqual(['预警标题', '预警等级', '内容摘要', '发布时间'])
    expect(preview.lines[0].value.length).toBeLessThanOrEqual(20)
    expect(preview.lines[0].value).not.toBe(draft.title)
    expect(preview.lines[1].value).toBe('紧急')

    await publishAlert(store, draft, clock.now())
    await runAlertsTimer(store, clock)
    const messenger = new ScriptedMessenger()
    await dispatchDue(dispatchContext(store, messenger, clock, {}))
    expect(messenger.sends).toHaveLength(2)
    const sent = messenger.sends[0].data
    expect(preview.lines.map((l) => l.value)).toEqual(Object.keys(TEMPLATES.templates.alert_published!.fields).map((key) => sent[key].value))
  })

  it('without push templates (production not configured) shows the message-center text only', async () => {
    const draft = await draftAlert(store, clock.now())
    const preview = await previewAlertPush(store, EMPTY_TEMPLATE_CONFIG, draft._id, clock.now())
    expect(preview).toMatchObject({ templateTitle: null, lines: [], subscriberCount: 0, inbox: { title: draft.title } })
  })

  it('refuses an unknown item', async () => {
    await expect(previewAlertPush(store, TEMPLATES, 'content_missing', clock.now())).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })
})
