import type { StoredDocument, TransactionScope, Update } from '../../ports/document-store'
import { normalizeUpdate } from '../shared/normalize-update'
import { transactionOperationBudget } from '../shared/operation-budget'
import type { SqliteEngine } from './sqlite-engine'
import { fromSqliteError } from './sqlite-errors'

/** Identifies one running transaction; `active` turns false once it commits or rolls back. */
export interface TransactionToken {
  active: boolean
}

/**
 * The by-id operations allowed inside `runTransaction`. They call the engine directly — the
 * transaction already holds the store's lock and SQLite's write lock — and refuse to run after the
 * transaction ended, so a leaked promise cannot write outside it.
 */
export class SqliteTransactionScope implements TransactionScope {
  /** CloudBase's per-transaction limit, obeyed here too (store-limits.ts). */
  private readonly spend = transactionOperationBudget()

  constructor(
    private readonly engine: SqliteEngine,
    private readonly token: TransactionToken,
  ) {}

  async get<T extends StoredDocument>(collection: string, id: string): Promise<T | null> {
    return this.run(collection, () => this.engine.getById<T>(collection, id))
  }

  async set<T extends StoredDocument>(collection: string, doc: T): Promise<void> {
    this.run(collection, () => this.engine.put(collection, doc))
  }

  /** A missing document is left missing (CloudBase's transactional update does not upsert either). */
  async update(collection: string, id: string, update: Update): Promise<void> {
    // The surrounding BEGIN IMMEDIATE makes this read→apply→write atomic; updateOne's own
    // transaction becomes a savepoint inside it.
    this.run(collection, () => this.engine.updateOne(collection, id, normalizeUpdate(update)))
  }

  async delete(collection: string, id: string): Promise<void> {
    this.run(collection, () => this.engine.deleteOne(collection, id))
  }

  private run<R>(collection: string, operation: () => R): R {
    if (!this.token.active) throw new Error('this transaction has already finished')
    this.spend()
    try {
      return operation()
    } catch (error) {
      throw fromSqliteError(error, collection)
    }
  }
}
