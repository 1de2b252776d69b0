import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Role } from '../../types/roles'
import { ROLES } from '../../types/roles'
import { invokeAction } from '../core/cloud-function'
import type { CallerIdentity } from '../core/caller'
import type { Access } from '../core/define-handler'
import type { Runtime } from '../core/runtime'
import type { Collection, DocumentStore, StoredDocument } from '../ports/document-store'
import { EMPTY_TEMPLATE_CONFIG } from '../modules/messaging/template-config'
import { ALL_FUNCTIONS } from './all-functions'

/**
 * Every action of every function × every kind of caller, asserted from the handler's declared
 * access alone. A new function or action is picked up from ALL_FUNCTIONS; one declared with the
 * wrong access (or one that refuses by role on its own, behind its declaration) fails here.
 */
type Who = { label: string; identity: CallerIdentity; roles: Role[] }
const CALLERS: Who[] = [
  { label: 'anonymous', identity: { kind: 'anonymous' }, roles: [] },
  { label: 'timer', identity: { kind: 'timer', trigger: 'test' }, roles: [] },
  { label: 'visitor', identity: { kind: 'user', openid: 'openid-visitor', via: 'local-session' }, roles: [] },
  ...ROLES.map((role) => ({ label: role, identity: { kind: 'user', openid: `openid-${role}`, via: 'local-session' } as const, roles: [role] })),
]

type Outcome = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'not refused'

function expected(access: Access, who: Who): Outcome {
  if (access === 'timer') return who.identity.kind === 'timer' ? 'not refused' : 'FORBIDDEN'
  if (who.identity.kind !== 'user') return 'UNAUTHENTICATED'
  if (access === 'signed-in') return 'not refused'
  return access.some((role) => who.roles.includes(role)) ? 'not refused' : 'FORBIDDEN'
}

/** Past the access check the handler meets a store that fails at once: nothing it does can refuse by role. */
class StoreTouched extends Error {}
const touched = () => Promise.reject(new StoreTouched('store touched'))
function unreachableCollection<T extends StoredDocument>(name: string): Collection<T> {
  return {
    name,
    getById: touched,
    getByIds: touched,
    insert: touched,
    insertUnlessExists: touched,
    insertMany: touched,
    find: touched,
    findOne: touched,
    count: touched,
    updateOne: touched,
    updateMany: touched,
    replaceOne: touched,
    deleteOne: touched,
    deleteMany: touched,
    group: touched,
  }
}
const unreachableStore: DocumentStore = { collection: unreachableCollection, runTransaction: touched }

function runtimeFor(who: Who): Runtime {
  return {
    store: unreachableStore,
    clock: { now: () => new Date('2026-11-25T02:00:00.000Z') },
    config: { mode: 'production', adminOpenids: [] },
    callers: { resolve: async (openid: string) => ({ userId: `u_${openid}`, openid, roles: who.roles }) },
    messenger: { send: () => Promise.reject(new StoreTouched('messenger touched')) },
    templates: EMPTY_TEMPLATE_CONFIG,
    files: { temporaryUrls: () => Promise.reject(new StoreTouched('files touched')), upload: () => Promise.reject(new StoreTouched('files touched')), remove: () => Promise.reject(new StoreTouched('files touched')) },
  }
}

const rows = ALL_FUNCTIONS.flatMap((fn) =>
  [...fn.handlers.values()].flatMap((handler) =>
    CALLERS.map((who) => ({ fn, action: handler.contract.action, who, want: expected(handler.access, who), access: handler.access })),
  ),
)

beforeAll(() => {
  // Handlers that get past the check hit the failing store: the entry logs an INTERNAL error.
  jest.spyOn(console, 'error').mockImplementation(() => undefined)
})
afterAll(() => jest.restoreAllMocks())

it('covers every function and action', () => {
  expect(new Set(rows.map((r) => r.fn.name)).size).toBe(ALL_FUNCTIONS.length)
  expect(rows.length).toBe(ALL_FUNCTIONS.reduce((n, fn) => n + fn.handlers.size, 0) * CALLERS.length)
})

it.each(rows.map((r) => [`${r.fn.name}.${r.action}`, r.who.label, r.want, r] as const))('%s as %s → %s', async (_name, _who, want, row) => {
  // An empty payload: an action that gets past access may fail validation, never with a refusal.
  const result = await invokeAction(row.fn, { action: row.action, data: {} }, row.who.identity, runtimeFor(row.who))
  const outcome: Outcome = !result.ok && (result.code === 'UNAUTHENTICATED' || result.code === 'FORBIDDEN') ? result.code : 'not refused'
  expect(outcome).toBe(want)
})

// A timer action declared for users (or a user action left as 'timer') would be refused or exposed
// on CloudBase: the actions declared 'timer' are exactly the triggers each function deploys.
it.each(ALL_FUNCTIONS.map((fn) => [fn.name, fn] as const))('%s: timer-only actions are exactly its config.json triggers', (name, fn) => {
  const config = JSON.parse(readFileSync(join(__dirname, '..', '..', 'cloudfunctions', name, 'config.json'), 'utf8')) as { triggers?: { name: string }[] }
  const triggers = (config.triggers ?? []).map((t) => t.name).sort()
  const timerActions = [...fn.handlers.values()].filter((h) => h.access === 'timer').map((h) => h.contract.action).sort()
  expect(timerActions).toEqual(triggers)
})
