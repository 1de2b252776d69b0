import type { SqliteDocumentStore } from '../../../adapters/sqlite/sqlite-document-store'
import { enqueueNotifications, type NotificationRequest } from '../enqueue-notification'
import { MESSAGE_CENTER, type MessageRecord, type OutboxRecord } from '../records'
import { listQuotas, recordSubscribeResults } from '../quota-ledger'
import { cancelSourceDeliveries } from '../source-deliveries'
import {
  ALERT_TEMPLATE_ID,
  dispatchContext,
  FixedClock,
  ScriptedMessenger,
  seedUsers,
  tempDatabase,
  TEMPLATES,
} from '../testing/messaging-fixture'
import { dispatchDue } from './dispatch-due'
import { DEFAULT_DISPATCHER_SETTINGS } from './dispatcher-settings'
import { claim, outboxOf } from './outbox-transitions'
import { processRow } from './process-row'

const START = '2026-11-25T02:00:00.000Z'
const LEASE = DEFAULT_DISPATCHER_SETTINGS.leaseMs

let db: ReturnType<typeof tempDatabase>
let store: SqliteDocumentStore
let clock: FixedClock
const extraStores: SqliteDocumentStore[] = []

beforeEach(() => {
  db = tempDatabase()
  store = db.open()
  clock = new FixedClock(START)
})
afterEach(() => {
  for (const s of extraStores.splice(0)) s.close()
  store.close()
  db.remove()
})

/** n users, each granted one send of the alert template, each with one queued alert notification. */
async function queueAlerts(n: number, alertId = 'al1'): Promise<{ userIds: string[]; openids: string[] }> {
  const openids = Array.from({ length: n }, (_, i) => `o-${String(i).padStart(4, '0')}`)
  const userIds = await seedUsers(store, openids)
  for (const userId of userIds) {
    await recordSubscribeResults(store, TEMPLATES, userId, `req-${userId.slice(-10)}`, { [ALERT_TEMPLATE_ID]: 'accept' }, clock.now())
  }
  const requests: NotificationRequest[] = userIds.map((userId) => ({
    recipientUserId: userId,
    templateKey: 'alert_published',
    notice: 'alert',
    payload: { alertId, title: '欧盟外观设计新规', summary: '明年起生效', publishedAt: START },
    dedupeKey: `alert:${alertId}:${userId}`,
    inbox: { title: '欧盟外观设计新规', summary: '明年起生效' },
    source: { kind: 'alert', id: alertId },
  }))
  await enqueueNotifications(store, requests, { now: clock.now() })
  return { userIds, openids }
}

const statuses = async () => (await outboxOf(store).find({}, { limit: 1000 })).map((r) => r.status).sort()
const inboxCount = () => store.collection<MessageRecord>(MESSAGE_CENTER).count({})
const totalSends = (openid: string, ...messengers: ScriptedMessenger[]) => messengers.reduce((n, m) => n + m.sendsTo(openid), 0)

describe('crash and restart', () => {
  it('a dispatcher killed mid-batch loses nothing and duplicates nothing, before and after the send', async () => {
    const { openids, userIds } = await queueAlerts(6)
    const crashing = new ScriptedMessenger()
    // The 3rd send reaches WeChat, then the process dies before hearing back.
    crashing.beforeAnswer = (_m, nth) => {
      if (nth === 3) throw new Error('process killed')
    }
    await expect(dispatchDue(dispatchContext(store, crashing, clock, { concurrency: 1 }))).rejects.toThrow('process killed')
    expect(await statuses()).toEqual(['send_started', 'sending', 'sending', 'sending', 'sent', 'sent'])
    expect(await inboxCount()).toBe(6)

    // A restart inside the lease leaves the rows alone: their owner might still be running.
    const restarted = new ScriptedMessenger()
    clock.advance(LEASE / 2)
    expect(await dispatchDue(dispatchContext(store, restarted, clock))).toMatchObject({ recovered: { retried: 0, uncertain: 0 }, claimed: 0 })

    // After the lease: never-started rows are retried, the started one is uncertain and not re-sent.
    clock.advance(LEASE)
    const report = await dispatchDue(dispatchContext(store, restarted, clock))
    expect(report).toMatchObject({ recovered: { retried: 3, uncertain: 1 }, claimed: 3, sent: 3 })
    expect(await statuses()).toEqual(['sent', 'sent', 'sent', 'sent', 'sent', 'uncertain'])
    for (const openid of openids) expect(totalSends(openid, crashing, restarted)).toBe(1)
    expect(await inboxCount()).toBe(6)
    for (const userId of userIds) {
      expect((await listQuotas(store, TEMPLATES, userId)).find((q) => q.key === 'alert_published')?.remaining).toBe(0)
    }
  })

  it('a run that outlives its lease: its started send is recorded truthfully, its other rows go to the new owner once', async () => {
    const { openids } = await queueAlerts(4)
    const slow = new ScriptedMessenger()
    let release!: () => void
    let firstSendArrived!: () => void
    const arrived = new Promise<void>((resolve) => (firstSendArrived = resolve))
    slow.beforeAnswer = (_m, nth) => {
      if (nth !== 1) return
      firstSendArrived()
      return new Promise<void>((resolve) => (release = resolve))
    }
    const slowRun = dispatchDue(dispatchContext(store, slow, clock, { concurrency: 1 }))
    await arrived

    clock.advance(LEASE + 1000)
    const fresh = new ScriptedMessenger()
    const second = await dispatchDue(dispatchContext(store, fresh, clock))
    expect(second).toMatchObject({ recovered: { retried: 3, uncertain: 1 }, sent: 3 })

    release()
    const first = await slowRun
    expect(first).toMatchObject({ sent: 1, lost: 3 })
    expect(await statuses()).toEqual(['sent', 'sent', 'sent', 'sent'])
    for (const openid of openids) expect(totalSends(openid, slow, fresh)).toBe(1)
  })

  it('a lease that expires before the send started: nothing is sent and the quota unit goes back', async () => {
    const { userIds } = await queueAlerts(1)
    const [claimed] = await claim(outboxOf(store), [(await outboxOf(store).findOne({}))!._id], 'run-x.0', clock.now(), 0)
    const messenger = new ScriptedMessenger()
    const outcome = await processRow(dispatchContext(store, messenger, clock), claimed, 'run-x.0', 'o-0000')
    expect(outcome).toBe('lost')
    expect(messenger.sends).toHaveLength(0)
    expect((await listQuotas(store, TEMPLATES, userIds[0])).find((q) => q.key === 'alert_published')?.remaining).toBe(1)
  })
})

describe('concurrent dispatchers', () => {
  it('two dispatchers on two connections never send a row twice', async () => {
    const { openids } = await queueAlerts(300)
    const other = db.open()
    extraStores.push(other)
    const [m1, m2] = [new ScriptedMessenger(), new ScriptedMessenger()]
    // Yield on every send so the two runs interleave claims, sends and results.
    for (const m of [m1, m2]) m.beforeAnswer = () => new Promise<void>((resolve) => setImmediate(resolve))
    const settings = { batchSize: 40, concurrency: 4 }
    const [r1, r2] = await Promise.all([
      dispatchDue(dispatchContext(store, m1, clock, settings)),
      dispatchDue(dispatchContext(other, m2, clock, settings)),
    ])
    expect(r1.sent + r2.sent).toBe(300)
    expect(r1.claimed + r2.claimed).toBe(300)
    expect(r1.sent).toBeGreaterThan(0)
    expect(r2.sent).toBeGreaterThan(0)
    for (const openid of openids) expect(totalSends(openid, m1, m2)).toBe(1)
    expect(await inboxCount()).toBe(300)
    expect(new Set(await statuses())).toEqual(new Set(['sent']))
  })
})

describe('withdrawal mid-send', () => {
  it('cancels what has not started, lets the started send finish, flags the message-center entries', async () => {
    const { openids } = await queueAlerts(5, 'alX')
    const messenger = new ScriptedMessenger()
    messenger.beforeAnswer = async (_m, nth) => {
      if (nth === 1) await cancelSourceDeliveries(store, 'alert', 'alX', clock.now())
    }
    const report = await dispatchDue(dispatchContext(store, messenger, clock, { concurrency: 1 }))
    expect(report).toMatchObject({ claimed: 5, sent: 1, lost: 4 })
    expect(messenger.sends).toHaveLength(1)
    expect(openids).toContain(messenger.sends[0].touser)
    expect(await statuses()).toEqual(['cancelled', 'cancelled', 'cancelled', 'cancelled', 'sent'])
    const entries = await store.collection<MessageRecord>(MESSAGE_CENTER).find({})
    expect(entries).toHaveLength(5)
    expect(entries.every((e) => e.withdrawn)).toBe(true)
    // Nothing is left to send later either.
    clock.advance(3_600_000)
    expect((await dispatchDue(dispatchContext(store, messenger, clock))).claimed).toBe(0)
  })

  it('a withdrawal before dispatch cancels every pending row', async () => {
    await queueAlerts(3, 'alY')
    expect(await cancelSourceDeliveries(store, 'alert', 'alY', clock.now())).toEqual({ cancelled: 3, withdrawnMessages: 0 })
    const rows = await outboxOf(store).find({})
    expect(rows.map((r: OutboxRecord) => r.status)).toEqual(['cancelled', 'cancelled', 'cancelled'])
  })
})
