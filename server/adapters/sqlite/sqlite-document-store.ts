import { AsyncLocalStorage } from 'node:async_hooks'
import Database from 'better-sqlite3'
import type { CollectionSpec } from '../../ports/collection-spec'
import type { Collection, DocumentStore, StoredDocument, TransactionScope } from '../../ports/document-store'
import { AsyncMutex } from './async-mutex'
import { createIndexSql, indexName } from './schema'
import { SqliteCollection } from './sqlite-collection'
import { SqliteEngine } from './sqlite-engine'
import { fromSqliteError } from './sqlite-errors'
import { SqliteTransactionScope } from './sqlite-transaction-scope'
import type { TransactionToken } from './sqlite-transaction-scope'

export interface SqliteDocumentStoreOptions {
  /** A database file (shared safely by several processes) or ':memory:'. */
  file: string
  /** Collections whose tables and indexes are created on start; others are created on first use. */
  collections: readonly CollectionSpec[]
  /** How long a connection waits for another one's write lock before failing. Default 5000 ms. */
  busyTimeoutMs?: number
}

export type SqliteDocumentStore = DocumentStore & { close(): void }

/**
 * The embedded SQLite adapter.
 *
 * Locking, in two layers:
 *  - across connections (processes, worker threads): every write that reads first runs in a
 *    BEGIN IMMEDIATE transaction, which takes SQLite's single write lock up front; WAL mode lets
 *    readers continue meanwhile and busy_timeout makes competing writers wait instead of failing;
 *  - within this connection: an async FIFO lock. Plain operations are synchronous and finish inside
 *    their turn; `runTransaction` keeps the turn from BEGIN until COMMIT/ROLLBACK while its async
 *    work runs, so no unrelated statement can slip into (and be rolled back with) the transaction.
 *    Calling the store (not the TransactionScope) from inside the work would wait for itself, so
 *    that is detected and rejected with an error instead of deadlocking.
 * Use one store per database file per process: a second connection in the same process would block
 * the event loop in busy-wait while this one's async transaction cannot progress.
 */
export function createSqliteDocumentStore(options: SqliteDocumentStoreOptions): SqliteDocumentStore {
  const busyTimeoutMs = options.busyTimeoutMs ?? 5000
  if (!Number.isInteger(busyTimeoutMs) || busyTimeoutMs < 0) throw new RangeError('busyTimeoutMs must be a non-negative integer')

  const { db, engine } = open(options, busyTimeoutMs)

  const mutex = new AsyncMutex()
  const currentTransaction = new AsyncLocalStorage<TransactionToken>()
  const collections = new Map<string, Collection<StoredDocument>>()

  function assertNotInsideTransaction(): void {
    if (currentTransaction.getStore()?.active) {
      throw new Error('inside runTransaction use the TransactionScope, not the store (it would wait for itself)')
    }
  }

  function exclusive<R>(operation: () => R): Promise<R> {
    try {
      assertNotInsideTransaction()
    } catch (error) {
      return Promise.reject(error)
    }
    return mutex.run(operation)
  }

  /** BEGIN/COMMIT, with failures (e.g. SQLITE_BUSY) rethrown as this realm's errors (see sqlite-errors). */
  function execControl(sql: string): void {
    try {
      db.exec(sql)
    } catch (error) {
      throw fromSqliteError(error, '(transaction)')
    }
  }

  async function runTransaction<R>(work: (tx: TransactionScope) => Promise<R>): Promise<R> {
    assertNotInsideTransaction()
    return mutex.run(async () => {
      const token: TransactionToken = { active: true }
      execControl('BEGIN IMMEDIATE')
      try {
        const result = await currentTransaction.run(token, () => work(new SqliteTransactionScope(engine, token)))
        token.active = false
        execControl('COMMIT')
        return result
      } catch (error) {
        token.active = false
        // SQLite may already have rolled back by itself after some errors (e.g. disk full).
        if (db.inTransaction) execControl('ROLLBACK')
        // The rollback may have undone a CREATE TABLE made inside the transaction.
        engine.forgetTables()
        throw error
      }
    })
  }

  return {
    collection<T extends StoredDocument>(name: string): Collection<T> {
      let collection = collections.get(name)
      if (!collection) {
        collection = new SqliteCollection<StoredDocument>(name, engine, exclusive)
        collections.set(name, collection)
      }
      return collection as Collection<T>
    },
    runTransaction,
    close(): void {
      db.close()
    },
  }
}

/**
 * How this adapter writes (bench:fanout's raw floor uses the same):
 *  - synchronous NORMAL: safe with WAL (a power cut may lose the last commits, never corrupt), and
 *    commits do not wait for the disk; only checkpoints do;
 *  - a checkpoint every 16,384 pages (64 MB of WAL) instead of SQLite's 1,000: a 100,000-row
 *    fan-out commits about 100 times and each checkpoint waits for two fsyncs, which on a shared
 *    disk cost more than the writes. The WAL file is reused, not grown, after each checkpoint.
 */
export const WRITE_PRAGMAS = ['synchronous = NORMAL', 'wal_autocheckpoint = 16384'] as const

function open(options: SqliteDocumentStoreOptions, busyTimeoutMs: number): { db: Database.Database; engine: SqliteEngine } {
  let db: Database.Database | undefined
  try {
    db = new Database(options.file)
    if (options.file !== ':memory:') db.pragma('journal_mode = WAL')
    db.pragma(`busy_timeout = ${busyTimeoutMs}`)
    for (const pragma of WRITE_PRAGMAS) db.pragma(pragma)
    const engine = new SqliteEngine(db)
    for (const spec of options.collections) {
      engine.ensureTable(spec.name)
      for (const index of spec.indexes) db.exec(createIndexSql(spec.name, index))
    }
    dropUndeclaredIndexes(db, options.collections)
    return { db, engine }
  } catch (error) {
    db?.close()
    throw fromSqliteError(error, '(opening the database)')
  }
}

/**
 * Drops the indexes this adapter once made (ix_/ux_ names) on a declared collection that its specs
 * no longer declare — e.g. a plain index a covering one replaced — so an existing database does not
 * keep updating them on every write. Collections without a spec here are left alone.
 */
function dropUndeclaredIndexes(db: Database.Database, specs: readonly CollectionSpec[]): void {
  const declared = new Map<string, Set<string>>()
  for (const spec of specs) {
    const names = declared.get(spec.name) ?? new Set<string>()
    for (const index of spec.indexes) names.add(indexName(spec.name, index))
    declared.set(spec.name, names)
  }
  const existing = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND (name LIKE 'ix\\_%' ESCAPE '\\' OR name LIKE 'ux\\_%' ESCAPE '\\')`)
  for (const [collection, names] of declared) {
    for (const { name } of existing.all(collection) as Array<{ name: string }>) {
      if (!names.has(name)) db.exec(`DROP INDEX IF EXISTS "${name.replace(/"/g, '""')}"`)
    }
  }
}
