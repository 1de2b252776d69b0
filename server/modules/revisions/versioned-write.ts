import type { FieldChange } from '../../../types/revisions/schemas'
import { conflict, notFound } from '../../core/app-error'
import type { DocumentStore, TransactionScope } from '../../ports/document-store'
import { putWithRevision, type RevisionMeta } from './new-revision-record'
import type { VersionedRecord } from './records'

/** Work the messaging engine (or any later feature) adds to the same transaction as the write. */
export type InTransaction<T> = (tx: TransactionScope, record: T) => Promise<void>

/** Creates a record at revision 1 together with its first revision. */
export async function createVersioned<T extends VersionedRecord>(
  store: DocumentStore,
  collection: string,
  record: T,
  changes: FieldChange[],
  meta: RevisionMeta,
  inTransaction?: InTransaction<T>,
): Promise<T> {
  return store.runTransaction(async (tx) => {
    if (await tx.get(collection, record._id)) throw conflict('该记录已存在，请刷新后重试')
    await putWithRevision(tx, collection, record, changes, meta)
    await inTransaction?.(tx, record)
    return record
  })
}

export interface VersionedUpdate<T extends VersionedRecord> {
  collection: string
  id: string
  /** The revision the editor saw. */
  expectedRevision: number
  /** What the user is editing, for messages ("该机构"). */
  subject: string
  /**
   * Computes the next state from the current one (and may refuse with an AppError). Only the
   * returned changes are recorded; none means there is nothing to save.
   */
  change(current: T): { next: T; changes: FieldChange[] }
  meta: RevisionMeta
  inTransaction?: InTransaction<T>
}

/**
 * Saves an edit only if nobody saved since the editor loaded the record: the read, the revision
 * check and both writes happen in one by-id transaction, so of two concurrent saves based on the
 * same revision exactly one applies (on CloudBase the loser's transaction is re-run, sees the new
 * revision and fails with CONFLICT). An edit that changes nothing writes nothing.
 */
export async function updateVersioned<T extends VersionedRecord>(
  store: DocumentStore,
  update: VersionedUpdate<T>,
): Promise<{ record: T; changed: boolean }> {
  return store.runTransaction(async (tx) => {
    const current = await tx.get<T>(update.collection, update.id)
    if (!current) throw notFound(`没有找到${update.subject}，可能已被删除`)
    if (current.revision !== update.expectedRevision) {
      throw conflict(
        `${update.subject}已被他人修改（您编辑的是第 ${update.expectedRevision} 版，当前是第 ${current.revision} 版），请刷新后在最新内容上重新修改`,
      )
    }
    const { next, changes } = update.change(current)
    if (changes.length === 0) return { record: current, changed: false }
    const record: T = { ...next, _id: current._id, revision: current.revision + 1, updatedAt: update.meta.at, updatedBy: update.meta.actorUserId }
    await putWithRevision(tx, update.collection, record, changes, update.meta)
    await update.inTransaction?.(tx, record)
    return { record, changed: true }
  })
}
