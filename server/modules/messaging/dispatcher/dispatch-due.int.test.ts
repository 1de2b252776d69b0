import type { SqliteDocumentStore } from '../../../adapters/sqlite/sqlite-document-store'
import { enqueueNotification, type NotificationRequest } from '../enqueue-notification'
import { countUnread, listMessages } from '../message-center'
import { listQuotas, recordSubscribeResults } from '../quota-ledger'
import type { OutboxRecord } from '../records'
import { ALERT_TEMPLATE_ID, dispatchContext, failure, FixedClock, memoryStore, ScriptedMessenger, seedUsers, TEMPLATES } from '../testing/messaging-fixture'
import { dispatchDue } from './dispatch-due'
import { outboxOf } from './outbox-transitions'

const START = '2026-11-25T02:00:00.000Z' // 10:00 in Shanghai: outside quiet hours

let store: SqliteDocumentStore
let clock: FixedClock
let messenger: ScriptedMessenger

beforeEach(() => {
  store = memoryStore()
  clock = new FixedClock(START)
  messenger = new ScriptedMessenger()
})
afterEach(() => store.close())

function alertRequest(userId: string, alertId = 'al1', extra: Partial<NotificationRequest> = {}): NotificationRequest {
  return {
    recipientUserId: userId,
    templateKey: 'alert_published',
    notice: 'alert',
    payload: { alertId, title: '美国337调查预警', severityLabel: '紧急', summary: '请涉案企业及时应诉', publishedAt: START },
    dedupeKey: `alert:${alertId}:${userId}`,
    inbox: { title: '美国337调查预警', summary: '请涉案企业及时应诉', page: `packages/alerts/detail/index?id=${alertId}` },
    source: { kind: 'alert', id: alertId },
    ...extra,
  }
}

async function usersWithQuota(openids: string[], grants = 1): Promise<string[]> {
  const ids = await seedUsers(store, openids)
  for (const userId of ids) {
    for (let i = 0; i < grants; i++) {
      await recordSubscribeResults(store, TEMPLATES, userId, `req-${userId.slice(-8)}-${i}`, { [ALERT_TEMPLATE_ID]: 'accept' }, clock.now())
    }
  }
  return ids
}

const enqueue = (request: NotificationRequest) => enqueueNotification(store, request, { now: clock.now() })
const row = async (userId: string, alertId = 'al1') =>
  (await outboxOf(store).findOne({ dedupeKey: `alert:${alertId}:${userId}` })) as OutboxRecord
const quotaLeft = async (userId: string) => (await listQuotas(store, TEMPLATES, userId)).find((q) => q.key === 'alert_published')?.remaining

describe('dispatcher: delivery', () => {
  it('delivers every row to the message center and pushes only where quota is left', async () => {
    const [withQuota, alsoWithQuota] = await usersWithQuota(['o-1', 'o-2'])
    const [noQuota] = await seedUsers(store, ['o-3'])
    for (const id of [withQuota, alsoWithQuota, noQuota]) await enqueue(alertRequest(id))

    const report = await dispatchDue(dispatchContext(store, messenger, clock))

    expect(report).toMatchObject({ claimed: 3, sent: 2, skippedNoQuota: 1, failed: 0 })
    expect(messenger.sends.map((s) => s.touser).sort()).toEqual(['o-1', 'o-2'])
    expect(messenger.sends[0]).toMatchObject({
      templateId: ALERT_TEMPLATE_ID,
      page: 'packages/alerts/detail/index?id=al1',
      data: { thing1: { value: '美国337调查预警' }, phrase2: { value: '紧急' }, time4: { value: '2026年11月25日 10:00' } },
    })
    expect((await row(withQuota)).status).toBe('sent')
    expect((await row(noQuota)).status).toBe('skipped_no_quota')
    expect(await quotaLeft(withQuota)).toBe(0)
    for (const id of [withQuota, noQuota]) expect(await countUnread(store, id)).toBe(1)
    const inbox = await listMessages(store, noQuota, 1, 20, false)
    expect(inbox.items[0]).toMatchObject({ title: '美国337调查预警', page: 'packages/alerts/detail/index?id=al1', readAt: null, withdrawn: false })
  })

  it('43101: marks the row skipped, restores nothing, never retries', async () => {
    const [userId] = await usersWithQuota(['o-refuses'], 2)
    await enqueue(alertRequest(userId))
    messenger.script = () => failure('refused', 43101)
    const report = await dispatchDue(dispatchContext(store, messenger, clock))
    expect(report).toMatchObject({ refused: 1, sent: 0 })
    expect(await row(userId)).toMatchObject({ status: 'skipped_refused', lastError: expect.stringContaining('43101') })
    expect(await quotaLeft(userId)).toBe(1) // the unit spent on the refused send stays spent
    clock.advance(3_600_000)
    await dispatchDue(dispatchContext(store, messenger, clock))
    expect(messenger.sends).toHaveLength(1)
  })

  it('transient failures back off exponentially, reuse the reserved unit, then dead-letter and refund it', async () => {
    const [userId] = await usersWithQuota(['o-flaky'])
    await enqueue(alertRequest(userId))
    messenger.script = () => failure('transient', -1)
    const ctx = () => dispatchContext(store, messenger, clock, { retry: { maxAttempts: 3, baseDelayMs: 60_000, maxDelayMs: 3_600_000 } })

    expect((await dispatchDue(ctx())).retried).toBe(1)
    expect(await row(userId)).toMatchObject({ status: 'pending', attempts: 1, quotaConsumed: true, notBefore: '2026-11-25T02:01:00.000Z' })
    expect(await quotaLeft(userId)).toBe(0)

    expect((await dispatchDue(ctx())).claimed).toBe(0) // not due yet
    clock.advance(60_000)
    expect((await dispatchDue(ctx())).retried).toBe(1)
    expect(await row(userId)).toMatchObject({ attempts: 2, notBefore: '2026-11-25T02:03:00.000Z' })
    expect(await quotaLeft(userId)).toBe(0) // the retry did not spend a second unit

    clock.advance(120_000)
    expect((await dispatchDue(ctx())).dead).toBe(1)
    expect(await row(userId)).toMatchObject({ status: 'dead', attempts: 3, quotaConsumed: false })
    expect(await quotaLeft(userId)).toBe(1) // never delivered: the unit is the user's again
    expect(messenger.sends).toHaveLength(3)
    expect(await countUnread(store, userId)).toBe(1) // the message center has it once
  })

  it('a transient failure followed by success sends once and spends one unit', async () => {
    const [userId] = await usersWithQuota(['o-once'], 2)
    await enqueue(alertRequest(userId))
    messenger.script = (_m, nth) => (nth === 1 ? failure('transient', -1) : { ok: true })
    await dispatchDue(dispatchContext(store, messenger, clock))
    clock.advance(60_000)
    expect((await dispatchDue(dispatchContext(store, messenger, clock))).sent).toBe(1)
    expect(await quotaLeft(userId)).toBe(1)
    expect((await row(userId)).status).toBe('sent')
  })

  it('permanent errors fail at once and give the unit back; ambiguous ones become uncertain and keep it', async () => {
    const [bad, unsure] = await usersWithQuota(['o-bad', 'o-unsure'])
    await enqueue(alertRequest(bad))
    await enqueue(alertRequest(unsure))
    messenger.script = (m) => (m.touser === 'o-bad' ? failure('permanent', 47003) : failure('ambiguous'))
    const report = await dispatchDue(dispatchContext(store, messenger, clock))
    expect(report).toMatchObject({ failed: 1, uncertain: 1 })
    expect((await row(bad)).status).toBe('failed')
    expect(await quotaLeft(bad)).toBe(1)
    expect((await row(unsure)).status).toBe('uncertain')
    expect(await quotaLeft(unsure)).toBe(0)
    clock.advance(3_600_000)
    await dispatchDue(dispatchContext(store, messenger, clock))
    expect(messenger.sends).toHaveLength(2)
  })

  it('a rate limit pauses all sending, hands the rest of the batch back uncounted, and resumes later', async () => {
    const users = await usersWithQuota(['o-r1', 'o-r2', 'o-r3', 'o-r4'])
    for (const id of users) await enqueue(alertRequest(id))
    messenger.script = (_m, nth) => (nth === 1 ? failure('rate_limited', 45009) : { ok: true })
    const ctx = () => dispatchContext(store, messenger, clock, { concurrency: 1, rateLimitPauseMs: 600_000 })

    const first = await dispatchDue(ctx())
    expect(first).toMatchObject({ claimed: 4, sent: 0, released: 4, pausedUntil: '2026-11-25T02:10:00.000Z' })
    const rows = await outboxOf(store).find({})
    expect(rows.every((r) => r.status === 'pending' && r.attempts === 0)).toBe(true)

    clock.advance(300_000)
    expect(await dispatchDue(ctx())).toMatchObject({ claimed: 0, pausedUntil: '2026-11-25T02:10:00.000Z' })
    clock.advance(300_000)
    expect((await dispatchDue(ctx())).sent).toBe(4)
    for (const id of users) expect(await quotaLeft(id)).toBe(0)
  })

  it('fails rows whose template is not configured, keeping the message-center entry', async () => {
    const [userId] = await usersWithQuota(['o-notemplate'])
    await enqueue(alertRequest(userId))
    const report = await dispatchDue(dispatchContext(store, messenger, clock, {}, { miniprogramState: 'formal', templates: {} }))
    expect(report.failed).toBe(1)
    expect(await row(userId)).toMatchObject({ status: 'failed', lastError: 'template alert_published is not configured' })
    expect(await countUnread(store, userId)).toBe(1)
    expect(await quotaLeft(userId)).toBe(1)
  })
})

describe('dispatcher: quiet hours', () => {
  it('holds the push of non-urgent notifications enqueued at night until 08:00 Shanghai, never the message center; urgent ones go at once', async () => {
    clock.set('2026-11-25T15:30:00.000Z') // 23:30 in Shanghai
    const [calm, urgent] = await usersWithQuota(['o-calm', 'o-urgent'])
    await enqueue(alertRequest(calm))
    await enqueue(alertRequest(urgent, 'al1', { urgency: 'urgent' }))
    expect(await row(calm)).toMatchObject({ notBefore: '2026-11-25T15:30:00.000Z', pushNotBefore: '2026-11-26T00:00:00.000Z' })

    expect(await dispatchDue(dispatchContext(store, messenger, clock))).toMatchObject({ sent: 1, pushDeferred: 1 })
    expect(messenger.sends.map((s) => s.touser)).toEqual(['o-urgent'])
    expect(await countUnread(store, calm)).toBe(1)
    // Handed back, not an attempt: the morning run is its first try.
    expect(await row(calm)).toMatchObject({ status: 'pending', attempts: 0, notBefore: '2026-11-26T00:00:00.000Z' })

    clock.set('2026-11-25T23:59:00.000Z') // 07:59
    expect((await dispatchDue(dispatchContext(store, messenger, clock))).claimed).toBe(0)
    clock.set('2026-11-26T00:00:00.000Z') // 08:00
    expect((await dispatchDue(dispatchContext(store, messenger, clock))).sent).toBe(1)
    expect(await countUnread(store, calm)).toBe(1)
  })
})

describe('outbox: producers', () => {
  it('a dedupe key is one row, however often it is produced', async () => {
    const [userId] = await seedUsers(store, ['o-dup'])
    const results = await Promise.all(Array.from({ length: 5 }, () => enqueue(alertRequest(userId))))
    expect(results.filter((r) => r.created)).toHaveLength(1)
    expect(new Set(results.map((r) => r.deliveryId)).size).toBe(1)
    expect(await outboxOf(store).count({})).toBe(1)
    await expect(enqueue(alertRequest(userId, 'al1', { dedupeKey: 'bad key with spaces' }))).rejects.toThrow(RangeError)
  })
})
