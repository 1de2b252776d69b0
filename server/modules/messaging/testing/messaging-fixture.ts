import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FixedClock } from '../../../../tests/support/fixed-clock'
import { createSqliteDocumentStore, type SqliteDocumentStore } from '../../../adapters/sqlite/sqlite-document-store'
import type { Messenger, SendResult, SubscribeMessage } from '../../../ports/messenger'
import { newUserRecord } from '../../users/new-user-record'
import { USERS, USERS_COLLECTIONS, type UserRecord } from '../../users/records'
import { userIdForOpenid } from '../../users/user-id'
import { recipientOpenids } from '../../users/recipient-openids'
import type { DispatchContext } from '../dispatcher/dispatch-context'
import { DEFAULT_DISPATCHER_SETTINGS, type DispatcherSettings } from '../dispatcher/dispatcher-settings'
import { outboxOf } from '../dispatcher/outbox-transitions'
import { MESSAGING_COLLECTIONS } from '../records'
import { loadTemplateConfig, type TemplateConfig } from '../template-config'

/** Test scaffolding for messaging: a SQLite store (in memory or a temp file), users, a scripted messenger. */
export const TEMPLATES: TemplateConfig = loadTemplateConfig(undefined, 'development')
export const ALERT_TEMPLATE_ID = TEMPLATES.templates.alert_published!.templateId

export function memoryStore(): SqliteDocumentStore {
  return createSqliteDocumentStore({ file: ':memory:', collections: [...MESSAGING_COLLECTIONS, ...USERS_COLLECTIONS] })
}

/** A database file that several stores (connections) can share, like several function instances. */
export function tempDatabase(): { file: string; open(): SqliteDocumentStore; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'oipa-msg-'))
  const file = join(dir, 'test.sqlite')
  return {
    file,
    open: () => createSqliteDocumentStore({ file, collections: [...MESSAGING_COLLECTIONS, ...USERS_COLLECTIONS] }),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  }
}

/** Creates user records for these openids (as first sign-in would) and returns their user ids. */
export async function seedUsers(store: SqliteDocumentStore, openids: readonly string[], at = '2026-11-25T00:00:00.000Z'): Promise<string[]> {
  const records = openids.map((openid) => newUserRecord(userIdForOpenid(openid), openid, at))
  for (let i = 0; i < records.length; i += 500) await store.collection<UserRecord>(USERS).insertMany(records.slice(i, i + 500))
  return records.map((r) => r._id)
}

/**
 * A messenger that records every send it receives and answers from a script (default: ok).
 * `beforeAnswer` runs after the send is recorded and before the answer: a test can withdraw,
 * crash (throw) or wait there.
 */
export class ScriptedMessenger implements Messenger {
  readonly sends: SubscribeMessage[] = []
  script: (message: SubscribeMessage, nth: number) => SendResult = () => ({ ok: true })
  beforeAnswer: (message: SubscribeMessage, nth: number) => Promise<void> | void = () => {}

  async send(message: SubscribeMessage): Promise<SendResult> {
    this.sends.push(message)
    const nth = this.sends.length
    await this.beforeAnswer(message, nth)
    return this.script(message, nth)
  }

  sendsTo(openid: string): number {
    return this.sends.filter((s) => s.touser === openid).length
  }
}

export function dispatchContext(
  store: SqliteDocumentStore,
  messenger: Messenger,
  clock: FixedClock,
  settings: Partial<DispatcherSettings> = {},
  templates: TemplateConfig = TEMPLATES,
): DispatchContext {
  return { store, outbox: outboxOf(store), messenger, templates, settings: { ...DEFAULT_DISPATCHER_SETTINGS, ...settings }, clock, openidsOf: recipientOpenids }
}

export const failure = (kind: Extract<SendResult, { ok: false }>['kind'], errCode: number | null = null): SendResult => ({
  ok: false,
  kind,
  errCode,
  message: `scripted ${kind}`,
})

export { FixedClock }
