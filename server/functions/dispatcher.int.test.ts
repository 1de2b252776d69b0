import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { z } from 'zod'
import type { ActionContract } from '../../types/contract'
import {
  dispatchDue,
  getMyNotificationSettings,
  getUnreadCount,
  listDeliveryProblems,
  listMyMessages,
  markMessagesRead,
  recordSubscribeResults,
  requeueDelivery,
} from '../../types/messaging/contracts'
import { invokeAction } from '../core/cloud-function'
import type { CallerIdentity } from '../core/caller'
import type { Runtime } from '../core/runtime'
import { enqueueNotification } from '../modules/messaging/enqueue-notification'
import { ALERT_TEMPLATE_ID, failure, FixedClock, ScriptedMessenger, TEMPLATES } from '../modules/messaging/testing/messaging-fixture'
import { userIdForOpenid } from '../modules/users/user-id'
import { createLocalRuntime } from '../platform/local/create-local-runtime'
import { allCollections } from './all-functions'
import { dispatcherFunction } from './dispatcher'

/**
 * The dispatcher function through its entry (`invokeAction`, as CloudBase and the gateway call it)
 * on a SQLite file, with the runtime wired the way the platform entries will wire it: a
 * `messenger` (here scripted) and the `templates` configuration.
 */
let dir: string
let clock: FixedClock
let messenger: ScriptedMessenger
let runtime: Runtime & { close(): void; messenger: ScriptedMessenger; templates: typeof TEMPLATES }

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'oipa-dispatcher-'))
  clock = new FixedClock('2026-11-25T02:00:00.000Z')
  messenger = new ScriptedMessenger()
  const base = createLocalRuntime({
    databaseFile: join(dir, 'app.sqlite'),
    collections: allCollections(),
    clock,
    config: { mode: 'production', adminOpenids: ['openid-admin'], enforceDeclaredCollections: true },
  })
  runtime = Object.assign(base, { messenger, templates: TEMPLATES })
})
afterEach(() => {
  runtime.close()
  rmSync(dir, { recursive: true, force: true })
})

const asUser = (openid: string): CallerIdentity => ({ kind: 'user', openid, via: 'wechat' })
const TIMER: CallerIdentity = { kind: 'timer', trigger: 'dispatchDue' }

async function call<C extends ActionContract>(contract: C, data: unknown, identity: CallerIdentity) {
  return invokeAction(dispatcherFunction, { action: contract.action, data }, identity, runtime)
}
async function ok<C extends ActionContract>(contract: C, data: unknown, identity: CallerIdentity): Promise<z.output<C['output']>> {
  const result = await call(contract, data, identity)
  if (!result.ok) throw new Error(`${contract.action}: ${result.code} ${result.message}`)
  return contract.output.parse(result.data) as z.output<C['output']>
}

/** A user who exists (first call creates the record), has `grants` alert sends, and one queued alert. */
async function userWithAlert(openid: string, grants: number, alertId = 'al1') {
  await ok(getMyNotificationSettings, {}, asUser(openid))
  for (let i = 0; i < grants; i++) {
    await ok(recordSubscribeResults, { requestId: `req-${openid}-${i}`, results: { [ALERT_TEMPLATE_ID]: 'accept' } }, asUser(openid))
  }
  const userId = userIdForOpenid(openid)
  await enqueueNotification(
    runtime.store,
    {
      recipientUserId: userId,
      templateKey: 'alert_published',
      notice: 'alert',
      payload: { alertId, title: '预警标题', summary: '摘要', severityLabel: '紧急', publishedAt: clock.now().toISOString() },
      dedupeKey: `alert:${alertId}:${userId}`,
      inbox: { title: '预警标题', summary: '摘要', page: null },
      source: { kind: 'alert', id: alertId },
    },
    { now: clock.now() },
  )
  return userId
}

describe('dispatcher function', () => {
  it('dispatchDue runs only from its timer, and uses the wired messenger', async () => {
    await userWithAlert('openid-1', 1)
    expect(await call(dispatchDue, {}, asUser('openid-admin'))).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(await call(dispatchDue, {}, { kind: 'anonymous' })).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(await ok(dispatchDue, {}, TIMER)).toMatchObject({ claimed: 1, sent: 1 })
    expect(messenger.sends.map((s) => s.touser)).toEqual(['openid-1'])
  })

  it('message center: list, unread badge, mark read — only the caller’s own entries', async () => {
    await userWithAlert('openid-a', 0, 'al1')
    await userWithAlert('openid-a', 0, 'al2')
    await userWithAlert('openid-b', 0, 'al1')
    expect(await ok(dispatchDue, {}, TIMER)).toMatchObject({ claimed: 3, skippedNoQuota: 3 })

    const a = asUser('openid-a')
    const listing = await ok(listMyMessages, { pageSize: 1 }, a)
    expect(listing).toMatchObject({ total: 2, unreadCount: 2, page: 1, pageSize: 1 })
    const theirs = await ok(listMyMessages, {}, asUser('openid-b'))
    // Marking someone else's message does nothing to it.
    expect(await ok(markMessagesRead, { messageIds: [theirs.items[0].messageId] }, a)).toEqual({ unreadCount: 2 })
    expect(await ok(getUnreadCount, {}, asUser('openid-b'))).toEqual({ unreadCount: 1 })
    expect(await ok(markMessagesRead, { messageIds: [listing.items[0].messageId] }, a)).toEqual({ unreadCount: 1 })
    expect(await ok(markMessagesRead, { all: true }, a)).toEqual({ unreadCount: 0 })
    expect((await ok(listMyMessages, { unreadOnly: true }, a)).total).toBe(0)
    expect(await call(markMessagesRead, { messageIds: [] }, a)).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' })
  })

  it('staff see dead letters and re-queue them; uncertain sends are never re-sent', async () => {
    await userWithAlert('openid-dead', 1, 'al1')
    await userWithAlert('openid-unsure', 1, 'al2')
    messenger.script = (m) => (m.touser === 'openid-dead' ? failure('transient', -1) : failure('ambiguous'))
    for (let i = 0; i < 5; i++) {
      await ok(dispatchDue, {}, TIMER)
      clock.advance(3_600_000)
    }
    const admin = asUser('openid-admin')
    expect(await call(listDeliveryProblems, {}, asUser('openid-dead'))).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    const problems = await ok(listDeliveryProblems, {}, admin)
    expect(problems.items.map((p) => p.status).sort()).toEqual(['dead', 'uncertain'])
    const dead = problems.items.find((p) => p.status === 'dead')!
    const unsure = problems.items.find((p) => p.status === 'uncertain')!
    expect(dead).toMatchObject({ attempts: 5, lastError: expect.stringContaining('transient') })

    expect(await call(requeueDelivery, { deliveryId: unsure.deliveryId }, admin)).toMatchObject({ ok: false, code: 'INVALID_STATE' })
    expect(await ok(requeueDelivery, { deliveryId: dead.deliveryId }, admin)).toMatchObject({ status: 'pending', attempts: 0 })
    messenger.script = () => ({ ok: true })
    expect(await ok(dispatchDue, {}, TIMER)).toMatchObject({ sent: 1 })
    expect(messenger.sendsTo('openid-unsure')).toBe(1)
    expect(await call(requeueDelivery, { deliveryId: 'ob_missing' }, admin)).toMatchObject({ ok: false, code: 'NOT_FOUND' })
  })
})
