// The floors bench:fanout compares against, measured in the same run on the same rows:
//  - planning: raw better-sqlite3 inserting the very outbox rows the planner wrote, into a table of the
//    same shape (same columns, same indexes, same pragmas), one prepared statement in one transaction;
//  - dispatch: the local messenger alone sending the very messages the dispatcher pushed, with the
//    dispatcher's concurrency, without any outbox bookkeeping.
import Database from 'better-sqlite3'
import { cpuUsage } from 'node:process'
import { performance } from 'node:perf_hooks'
import { createLocalRecordingMessenger, LOCAL_PUSHES, type LocalPushRecord } from '../server/adapters/wechat-messenger/local-recording-messenger'
import { createIndexSql, createTableSql, quoteTable } from '../server/adapters/sqlite/schema'
import { WRITE_PRAGMAS } from '../server/adapters/sqlite/sqlite-document-store'
import type { CollectionSpec } from '../server/ports/collection-spec'
import { MAX_FIND_LIMIT, type DocumentStore, type Filter, type StoredDocument } from '../server/ports/document-store'
import type { SubscribeMessage } from '../server/ports/messenger'
import { systemClock } from '../server/platform/system-clock'

export interface Timing {
  count: number
  ms: number
  cpuMs: number
}

/** Wall and CPU time of `work` (CPU time is the steadier figure on a shared machine). */
export async function timed(count: number, work: () => Promise<unknown> | unknown): Promise<Timing> {
  const cpuBefore = cpuUsage()
  const started = performance.now()
  await work()
  const ms = performance.now() - started
  const cpu = cpuUsage(cpuBefore)
  return { count, ms, cpuMs: (cpu.user + cpu.system) / 1000 }
}

/** Every document matching `filter`, read in `_id` pages (outside any timing). */
export async function readAll<T extends StoredDocument>(store: DocumentStore, collection: string, filter: Filter): Promise<T[]> {
  const rows: T[] = []
  let cursor: string | null = null
  for (;;) {
    const page: T[] = await store
      .collection<T>(collection)
      .find(cursor ? { ...filter, _id: { $gt: cursor } } : filter, { orderBy: [['_id', 'asc']], limit: MAX_FIND_LIMIT })
    if (page.length === 0) return rows
    rows.push(...page)
    cursor = page[page.length - 1]._id
  }
}

/** Inserts `rows` into a fresh table shaped like `spec` in a new database file: the planning floor. */
export async function rawInsertFloor(file: string, spec: CollectionSpec, rows: readonly StoredDocument[]): Promise<Timing> {
  const db = new Database(file)
  try {
    // The adapter's pragmas (sqlite-document-store.ts), so only the work differs.
    db.pragma('journal_mode = WAL')
    for (const pragma of WRITE_PRAGMAS) db.pragma(pragma)
    db.exec(createTableSql(spec.name))
    for (const index of spec.indexes) db.exec(createIndexSql(spec.name, index))
    const insert = db.prepare(`INSERT INTO ${quoteTable(spec.name)} (id, doc) VALUES (?, ?)`)
    const insertAll = db.transaction((docs: readonly StoredDocument[]) => {
      for (const doc of docs) insert.run(doc._id, JSON.stringify(doc))
    })
    return await timed(rows.length, () => insertAll(rows))
  } finally {
    db.close()
  }
}

/** The pushes the local messenger recorded, as the messages that were sent. */
export async function recordedPushes(store: DocumentStore): Promise<SubscribeMessage[]> {
  const records = await readAll<LocalPushRecord>(store, LOCAL_PUSHES, {})
  return records.map(({ _id, sentAt, ...message }) => message)
}

/** Sends `messages` through a fresh local messenger, `concurrency` in flight: the dispatch floor. */
export function messengerFloor(store: DocumentStore, messages: readonly SubscribeMessage[], concurrency: number): Promise<Timing> {
  const messenger = createLocalRecordingMessenger(store, systemClock)
  let next = 0
  const worker = async () => {
    while (next < messages.length) {
      const result = await messenger.send(messages[next++])
      if (!result.ok) throw new Error(`floor send failed: ${result.message}`)
    }
  }
  return timed(messages.length, () => Promise.all(Array.from({ length: concurrency }, worker)))
}
