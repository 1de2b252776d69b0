import type { Role } from '../../../types/roles'
import type { CollectionSpec } from '../../ports/collection-spec'

export const AUDIT_LOG = 'audit_log'

/** Append-only: inserted by the audit trail, never updated or deleted (invokeAction refuses it). */
export interface AuditEntryRecord {
  /** `aud_<at>_<random>`: sorts by time. */
  _id: string
  at: string
  kind: 'write' | 'sign_in'
  actorUserId: string
  actorRoles: Role[]
  functionName: string
  action: string
  /** `collection/id` of what was written. */
  records: string[]
  /** The bare document ids, for the "which record" filter. */
  recordIds: string[]
  outcome: 'ok' | 'failed'
  failureCode: string | null
}

export const AUDIT_COLLECTIONS: CollectionSpec[] = [
  {
    name: AUDIT_LOG,
    indexes: [
      { fields: [['at', 'desc']] },
      { fields: [['actorUserId', 'asc'], ['at', 'desc']] },
      { fields: [['recordIds', 'asc'], ['at', 'desc']] },
    ],
  },
]
