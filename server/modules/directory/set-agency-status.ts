import type { AgencyStatus } from '../../../types/directory/schemas'
import type { Caller } from '../../core/caller'
import type { DocumentStore } from '../../ports/document-store'
import { updateVersioned } from '../revisions/versioned-write'
import { AGENCIES, type AgencyRecord } from './records'

/**
 * Suspends an agency (hidden from enterprises, kept with its history) or restores it. The reason
 * is kept on the record and in the revision.
 */
export async function setAgencyStatus(
  store: DocumentStore,
  caller: Caller,
  input: { agencyId: string; expectedRevision: number; status: AgencyStatus; reason: string | null },
  now: Date,
): Promise<AgencyRecord> {
  const { record } = await updateVersioned<AgencyRecord>(store, {
    collection: AGENCIES,
    id: input.agencyId,
    expectedRevision: input.expectedRevision,
    subject: '该机构',
    change(current) {
      if (current.status === input.status) return { next: current, changes: [] }
      const statusReason = input.status === 'suspended' ? input.reason : null
      return {
        next: { ...current, status: input.status, statusReason },
        changes: [{ field: 'status', label: '状态', before: current.status, after: input.status }],
      }
    },
    meta: { entityType: 'agency', action: 'status', actorUserId: caller.userId, at: now.toISOString(), note: input.reason },
  })
  return record
}
