import type { StoredDocument, TransactionScope, Update } from '../../ports/document-store'
import { assertDocumentId, assertStorableDocument } from '../shared/json-value'
import { normalizeUpdate } from '../shared/normalize-update'
import { transactionOperationBudget } from '../shared/operation-budget'
import { withoutId } from './cloudbase-collection'
import type { CloudBaseCommand, CloudBaseDocumentRef, CloudBaseTransaction } from './cloudbase-database'
import { isDocumentNotFoundError } from './cloudbase-errors'
import { updateToCloudBase } from './update-to-cloudbase'

/** The port's by-id transaction operations over a CloudBase transaction object. */
export class CloudBaseTransactionScope implements TransactionScope {
  /** At most MAX_TRANSACTION_OPERATIONS per attempt (store-limits.ts); a re-run starts a new scope. */
  private readonly spend = transactionOperationBudget()

  constructor(
    private readonly transaction: CloudBaseTransaction,
    private readonly command: CloudBaseCommand,
    private readonly physicalName: (collection: string) => string,
  ) {}

  async get<T extends StoredDocument>(collection: string, id: string): Promise<T | null> {
    try {
      const { data } = await this.doc(collection, id).get()
      return (data as T | null | undefined) ?? null
    } catch (error) {
      if (isDocumentNotFoundError(error)) return null
      throw error
    }
  }

  async set<T extends StoredDocument>(collection: string, doc: T): Promise<void> {
    assertStorableDocument(doc)
    await this.doc(collection, doc._id).set({ data: withoutId(doc) })
  }

  /** A missing document stays missing, as on SQLite. */
  async update(collection: string, id: string, update: Update): Promise<void> {
    const data = updateToCloudBase(normalizeUpdate(update), this.command)
    await ignoreNotFound(this.doc(collection, id).update({ data }))
  }

  async delete(collection: string, id: string): Promise<void> {
    await ignoreNotFound(this.doc(collection, id).remove())
  }

  private doc(collection: string, id: string): CloudBaseDocumentRef {
    assertDocumentId(id)
    this.spend()
    return this.transaction.collection(this.physicalName(collection)).doc(id)
  }
}

async function ignoreNotFound(request: Promise<unknown>): Promise<void> {
  try {
    await request
  } catch (error) {
    if (!isDocumentNotFoundError(error)) throw error
  }
}
