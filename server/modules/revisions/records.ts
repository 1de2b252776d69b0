import type { FieldChange, RevisionAction } from '../../../types/revisions/schemas'
import type { CollectionSpec } from '../../ports/collection-spec'

export const REVISIONS = 'revisions'

export type RevisionEntityType = 'agency' | 'expert' | 'content' | 'deadline_rule' | 'enterprise'

/** One staff write to one record: who, when, and each changed field before and after. */
export interface RevisionRecord {
  /** `<entity id>__r<revision>`: one document per revision, so a revision can never be recorded twice. */
  _id: string
  entityType: RevisionEntityType
  entityId: string
  revision: number
  action: RevisionAction
  actorUserId: string
  at: string
  changes: FieldChange[]
  note: string | null
}

/** Fields every record edited through revisions carries. */
export interface VersionedRecord {
  _id: string
  /** Starts at 1 and grows by one with every staff write: the optimistic-concurrency token. */
  revision: number
  createdAt: string
  updatedAt: string
  createdBy: string | null
  updatedBy: string | null
}

export function revisionId(entityId: string, revision: number): string {
  return `${entityId}__r${revision}`
}

export const REVISIONS_COLLECTIONS: CollectionSpec[] = [
  { name: REVISIONS, indexes: [{ fields: [['entityId', 'asc'], ['revision', 'desc']] }] },
]
