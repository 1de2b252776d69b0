import { getAlertDeliveryStats, listAlertSchedules, scheduleAlert } from '../../../types/alerts/contracts'
import { saveContentDraft } from '../../../types/content/contracts'
import { addLinkDomain, removeLinkDomain } from '../../../types/content/link-domains'
import { listMyMessages } from '../../../types/messaging/contracts'
import { OFFICE_NOTICE_ALERT as alertFields } from './testing/alerts-fixture'
import { startHarness, type GatewayHarness } from '../../../tests/support/gateway-harness'
import { demoOpenid } from '../../seed/demo-users'
import { BLOCKED_NOTICE_SOURCE } from './block-scheduled-alert'
import { NOTIFICATION_OUTBOX, type OutboxRecord } from '../messaging/records'

const STAFF = demoOpenid('staff')
const ADMIN = demoOpenid('admin')


let h: GatewayHarness
beforeEach(async () => {
  h = await startHarness()
})
afterEach(() => h.close())

const blockedNotices = (contentId: string) =>
  h.store.collection<OutboxRecord>(NOTIFICATION_OUTBOX).find({ sourceKind: BLOCKED_NOTICE_SOURCE, sourceId: `${contentId}:blocked` }, { limit: 100 })

/** A draft linking to ip-office.example.org written by staff, scheduled by the admin for 03:00, then the domain removed. */
async function blockedSchedule() {
  await h.ok(addLinkDomain, { domain: 'ip-office.example.org', note: '某国知识产权局' }, STAFF)
  const draft = await h.ok(saveContentDraft, { fields: alertFields }, STAFF)
  await h.ok(scheduleAlert, { contentId: draft.contentId, publishAt: '2026-11-25T03:00:00.000Z' }, ADMIN)
  await h.ok(removeLinkDomain, { domain: 'ip-office.example.org' }, ADMIN)
  h.clock.set('2026-11-25T03:01:00.000Z')
  return draft
}

describe('a scheduled alert whose link domain left the allow-list', () => {
  it('is marked blocked with the reason staff see, and its author and scheduler are told once however often the timer runs', async () => {
    const draft = await blockedSchedule()
    // Two timers at once, then more ticks: still one notice each.
    await Promise.all([h.runTimer('alerts', 'publishDue'), h.runTimer('alerts', 'publishDue')])
    for (let tick = 0; tick < 3; tick++) {
      await h.runTimer('alerts', 'publishDue')
      h.clock.set(new Date(h.clock.now().getTime() + 60_000).toISOString())
    }

    const stats = await h.ok(getAlertDeliveryStats, { contentId: draft.contentId }, STAFF)
    expect(stats.schedule).toMatchObject({ state: 'scheduled', blockedReason: expect.stringContaining('链接域名「www.ip-office.example.org」已不在允许列表中，未发布') })
    expect(stats.planned).toBe(0) // the notices to staff are not counted as the alert's deliveries
    const listed = await h.ok(listAlertSchedules, { state: 'scheduled', page: 1, pageSize: 20 }, STAFF)
    expect(listed.items.find((item) => item.contentId === draft.contentId)?.blockedReason).toContain('未发布')

    const notices = await blockedNotices(draft.contentId)
    expect(notices).toHaveLength(2) // author (staff) and scheduler (admin), once each
    expect(new Set(notices.map((n) => n.recipientUserId)).size).toBe(2)
    expect(notices.every((n) => n.templateKey === 'alert_published' && n.urgent === false)).toBe(true)

    await h.runTimer('dispatcher', 'dispatchDue')
    for (const as of [STAFF, ADMIN]) {
      const messages = await h.ok(listMyMessages, { page: 1, pageSize: 20 }, as)
      const blocked = messages.items.filter((m) => m.title.startsWith('定时发布未成功'))
      expect(blocked).toHaveLength(1)
      expect(blocked[0]).toMatchObject({ title: `定时发布未成功：${alertFields.title}`, summary: expect.stringContaining('重新添加该域名') })
    }
  })

  it('publishes on the next tick once the link is fixed and saved again, and the block is cleared', async () => {
    const draft = await blockedSchedule()
    await h.runTimer('alerts', 'publishDue')
    const fixed = await h.ok(
      saveContentDraft,
      { contentId: draft.contentId, expectedRevision: draft.revision, fields: { ...alertFields, sourceUrl: 'https://www.usitc.gov/press_room/news_release/2026/er1125.htm' } },
      STAFF,
    )
    expect(fixed.status).toBe('draft')
    await h.runTimer('alerts', 'publishDue')
    const schedule = (await h.ok(getAlertDeliveryStats, { contentId: draft.contentId }, STAFF)).schedule
    expect(schedule?.state).not.toBe('scheduled')
    expect(schedule?.publishedAt).toBe('2026-11-25T03:01:00.000Z')
    expect(schedule?.blockedReason).toBeNull()
    expect(await blockedNotices(draft.contentId)).toHaveLength(2)
  })

  it('publishes on the next tick once the domain is added back, and blocked ones do not hold up other due alerts', async () => {
    const draft = await blockedSchedule()
    const other = await h.ok(saveContentDraft, { fields: { ...alertFields, title: '另一条预警', sourceUrl: null } }, STAFF)
    await h.ok(scheduleAlert, { contentId: other.contentId, publishAt: '2026-11-25T03:05:00.000Z' }, STAFF)
    await h.runTimer('alerts', 'publishDue')
    expect((await h.ok(getAlertDeliveryStats, { contentId: draft.contentId }, STAFF)).schedule?.blockedReason).toContain('未发布')

    h.clock.set('2026-11-25T03:06:00.000Z')
    await h.runTimer('alerts', 'publishDue')
    expect((await h.ok(getAlertDeliveryStats, { contentId: other.contentId }, STAFF)).schedule?.state).not.toBe('scheduled')
    expect((await h.ok(getAlertDeliveryStats, { contentId: draft.contentId }, STAFF)).schedule?.state).toBe('scheduled')

    await h.ok(addLinkDomain, { domain: 'ip-office.example.org', note: '已核实为官方网站' }, STAFF)
    await h.runTimer('alerts', 'publishDue')
    const schedule = (await h.ok(getAlertDeliveryStats, { contentId: draft.contentId }, STAFF)).schedule
    expect(schedule).toMatchObject({ publishedAt: '2026-11-25T03:06:00.000Z', blockedReason: null })
    expect(await blockedNotices(draft.contentId)).toHaveLength(2)
  })

  it('a rescheduled blocked alert is checked afresh (the block is cleared until the timer finds it again)', async () => {
    const draft = await blockedSchedule()
    await h.runTimer('alerts', 'publishDue')
    const again = await h.ok(scheduleAlert, { contentId: draft.contentId, publishAt: '2026-11-25T04:00:00.000Z' }, ADMIN)
    expect(again).toMatchObject({ state: 'scheduled', blockedReason: null })
  })
})
