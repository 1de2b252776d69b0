import * as z from 'zod'
import { ROLES, type Role } from '../../types/roles'
import { createSqliteDocumentStore, type SqliteDocumentStore } from '../adapters/sqlite/sqlite-document-store'
import { createLocalRecordingMessenger } from '../adapters/wechat-messenger/local-recording-messenger'
import { defineCloudFunction, invokeAction } from '../core/cloud-function'
import type { ActionHandler } from '../core/define-handler'
import type { Runtime } from '../core/runtime'
import { AUDITED_ROLES, createAuditTrail } from '../modules/audit/audit-trail'
import { AUDIT_LOG, type AuditEntryRecord } from '../modules/audit/records'
import { loadTemplateConfig } from '../modules/messaging/template-config'
import { FixedClock } from '../../tests/support/fixed-clock'
import { ALL_FUNCTIONS } from './all-functions'

/**
 * The audit trail is one mechanism in invokeAction, so it is proved per action: every user action
 * of every function, run as every role that may call it, with its handler replaced by one that
 * writes through the store it is given. Audited roles leave exactly one entry naming the action and
 * the record; a liaison or visitor leaves none. The real handlers' writes go through the same store
 * (see workbench-audit.int.test.ts for real write paths).
 */
const clock = new FixedClock('2026-11-25T02:00:00.000Z')
let store: SqliteDocumentStore
let runtime: Runtime
let role: Role | null
beforeEach(() => {
  store = createSqliteDocumentStore({ file: ':memory:', collections: [] })
  role = null
  runtime = {
    store,
    clock,
    config: { mode: 'development', adminOpenids: [] },
    callers: { resolve: async (openid) => ({ userId: `usr_${openid}`, openid, roles: role ? [role] : [] }) },
    messenger: createLocalRecordingMessenger(store, clock),
    templates: loadTemplateConfig(undefined, 'development'),
    audit: createAuditTrail(store),
    files: { temporaryUrls: async () => new Map(), upload: async (path) => `cloud://test.files/${path}`, remove: async () => {} },
  }
})
afterEach(() => store.close())

const userActions = ALL_FUNCTIONS.flatMap((fn) =>
  [...fn.handlers.values()].filter((h): h is Extract<ActionHandler, { access: 'signed-in' | readonly Role[] }> => h.access !== 'timer').map((handler) => ({ fn, handler })),
)
const cases = userActions.flatMap(({ fn, handler }) =>
  [...ROLES, null]
    .filter((r) => handler.access === 'signed-in' || (r !== null && handler.access.includes(r)))
    .map((r) => ({ fn, handler, role: r, label: `${fn.name}.${handler.contract.action} as ${r ?? 'visitor'}` })),
)

function probing(handler: ActionHandler, write: (rt: Runtime) => Promise<void>) {
  return {
    contract: { ...handler.contract, input: z.unknown(), output: z.object({ probed: z.boolean() }) },
    access: handler.access as 'signed-in' | readonly Role[],
    async handle(_input: unknown, ctx: { runtime: Runtime }) {
      await write(ctx.runtime)
      return { probed: true }
    },
  } as ActionHandler
}

describe('every write by staff, experts, agencies and admins leaves an audit entry', () => {
  it('covers every function', () => {
    expect(new Set(userActions.map((a) => a.fn.name))).toEqual(new Set(ALL_FUNCTIONS.map((f) => f.name)))
    expect(cases.length).toBeGreaterThan(ALL_FUNCTIONS.length)
  })

  it.each(cases)('$label', async ({ fn, handler, role: actingRole }) => {
    role = actingRole
    const probe = defineCloudFunction(fn.name, [probing(handler, (rt) => rt.store.collection('probe_items').insert({ _id: 'probe_1' }))], [])
    const result = await invokeAction(probe, { action: handler.contract.action, data: {} }, { kind: 'user', openid: 'someone', via: 'local-session' }, runtime)
    expect(result.ok).toBe(true)
    const entries = await store.collection<AuditEntryRecord>(AUDIT_LOG).find({})
    if (actingRole !== null && AUDITED_ROLES.includes(actingRole)) {
      expect(entries).toEqual([
        expect.objectContaining({ kind: 'write', actorUserId: 'usr_someone', actorRoles: [actingRole], functionName: fn.name, action: handler.contract.action, records: ['probe_items/probe_1'], recordIds: ['probe_1'], outcome: 'ok', at: '2026-11-25T02:00:00.000Z' }),
      ])
    } else {
      expect(entries).toEqual([])
    }
  })
})

describe('the audit log is append-only for every action', () => {
  const anyAction = userActions[0]

  it('an action that tries to alter or delete entries fails and the entries stay', async () => {
    role = 'admin'
    await createAuditTrail(store).recordSignIn({ userId: 'usr_x', openid: 'x', roles: ['staff'] }, 'test', clock.now())
    const [original] = await store.collection<AuditEntryRecord>(AUDIT_LOG).find({})
    const attempts: Array<(rt: Runtime) => Promise<unknown>> = [
      (rt) => rt.store.collection(AUDIT_LOG).updateOne(original._id, { $set: { actorUserId: 'usr_other' } }),
      (rt) => rt.store.collection(AUDIT_LOG).updateMany({}, { $set: { outcome: 'failed' } }),
      (rt) => rt.store.collection<AuditEntryRecord>(AUDIT_LOG).replaceOne({ ...original, action: 'edited' }),
      (rt) => rt.store.collection(AUDIT_LOG).deleteOne(original._id),
      (rt) => rt.store.collection(AUDIT_LOG).deleteMany({}),
      (rt) => rt.store.runTransaction((tx) => tx.delete(AUDIT_LOG, original._id)),
      (rt) => rt.store.runTransaction((tx) => tx.set<AuditEntryRecord>(AUDIT_LOG, { ...original, action: 'edited' })),
    ]
    jest.spyOn(console, 'error').mockImplementation(() => {})
    for (const attempt of attempts) {
      const probe = defineCloudFunction(anyAction.fn.name, [probing(anyAction.handler, async (rt) => void (await attempt(rt)))], [])
      const result = await invokeAction(probe, { action: anyAction.handler.contract.action, data: {} }, { kind: 'user', openid: 'admin', via: 'local-session' }, runtime)
      expect(result).toMatchObject({ ok: false, code: 'INTERNAL' })
    }
    expect(await store.collection<AuditEntryRecord>(AUDIT_LOG).find({})).toEqual([original])
  })

  it('a write followed by a failure is still recorded, with the failure code', async () => {
    role = 'staff'
    const failing = {
      ...probing(anyAction.handler, async () => {}),
      async handle(_input: unknown, ctx: { runtime: Runtime }) {
        await ctx.runtime.store.collection('probe_items').insert({ _id: 'half' })
        const { conflict } = await import('../core/app-error')
        throw conflict('被其他人抢先处理')
      },
    } as ActionHandler
    const probe = defineCloudFunction(anyAction.fn.name, [failing], [])
    const result = await invokeAction(probe, { action: anyAction.handler.contract.action, data: {} }, { kind: 'user', openid: 's', via: 'local-session' }, runtime)
    expect(result).toMatchObject({ ok: false, code: 'CONFLICT' })
    expect(await store.collection<AuditEntryRecord>(AUDIT_LOG).find({})).toEqual([expect.objectContaining({ records: ['probe_items/half'], outcome: 'failed', failureCode: 'CONFLICT' })])
  })
})
