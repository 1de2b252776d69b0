import type { FieldChange, RevisionAction } from '../../../types/revisions/schemas'
import { REVISIONS, revisionId, type RevisionEntityType, type RevisionRecord, type VersionedRecord } from './records'
import type { TransactionScope } from '../../ports/document-store'

/** Who did what and why, for the revision a write records. */
export interface RevisionMeta {
  entityType: RevisionEntityType
  action: RevisionAction
  actorUserId: string
  /** ISO instant of the write; becomes the record's `updatedAt`. */
  at: string
  note?: string | null
}

export function newRevisionRecord(entityId: string, revision: number, changes: FieldChange[], meta: RevisionMeta): RevisionRecord {
  return {
    _id: revisionId(entityId, revision),
    entityType: meta.entityType,
    entityId,
    revision,
    action: meta.action,
    actorUserId: meta.actorUserId,
    at: meta.at,
    changes,
    note: meta.note ?? null,
  }
}

/**
 * Writes a record and the revision describing the change, inside the caller's transaction: either
 * both exist afterwards or neither does.
 */
export async function putWithRevision<T extends VersionedRecord>(
  tx: TransactionScope,
  collection: string,
  record: T,
  changes: FieldChange[],
  meta: RevisionMeta,
): Promise<void> {
  await tx.set<T>(collection, record)
  await tx.set<RevisionRecord>(REVISIONS, newRevisionRecord(record._id, record.revision, changes, meta))
}
