import type { Collection, DocumentStore, StoredDocument, TransactionScope } from '../../ports/document-store'
import { CloudBaseCollection } from './cloudbase-collection'
import type { CloudBaseDatabase } from './cloudbase-database'
import { CloudBaseTransactionScope } from './cloudbase-transaction-scope'

export interface CloudBaseDocumentStoreOptions {
  /**
   * Prepended to every collection name on the server (e.g. to isolate test runs in a shared
   * environment). Callers, errors and TransactionScope calls keep using the unprefixed names.
   */
  collectionPrefix?: string
}

/**
 * The production adapter over `cloud.database()` from wx-server-sdk (pass the object in; this
 * module never imports the SDK).
 *
 * runTransaction: CloudBase re-runs `work` when the transaction hits a write conflict (3 attempts
 * by the SDK default), so `work` must not have side effects outside the TransactionScope.
 */
export function createCloudBaseDocumentStore(db: CloudBaseDatabase, options: CloudBaseDocumentStoreOptions = {}): DocumentStore {
  const prefix = options.collectionPrefix ?? ''
  const physicalName = (name: string): string => {
    if (typeof name !== 'string' || name.length === 0) throw new Error('a collection name is required')
    return `${prefix}${name}`
  }
  const collections = new Map<string, Collection<StoredDocument>>()

  return {
    collection<T extends StoredDocument>(name: string): Collection<T> {
      let collection = collections.get(name)
      if (!collection) {
        collection = new CloudBaseCollection<StoredDocument>(name, physicalName(name), db)
        collections.set(name, collection)
      }
      return collection as Collection<T>
    },
    runTransaction<R>(work: (tx: TransactionScope) => Promise<R>): Promise<R> {
      return db.runTransaction((transaction) => work(new CloudBaseTransactionScope(transaction, db.command, physicalName)))
    },
  }
}
