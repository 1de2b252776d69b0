import type { ExpertStatus } from '../../../types/experts/schemas'
import type { Caller } from '../../core/caller'
import type { DocumentStore } from '../../ports/document-store'
import { updateVersioned } from '../revisions/versioned-write'
import { EXPERTS, type ExpertRecord } from './records'

/** Marks an expert available or not (leave, conflict of interest …); their profile stays in the pool. */
export async function setExpertStatus(
  store: DocumentStore,
  caller: Caller,
  input: { expertId: string; expectedRevision: number; status: ExpertStatus; reason: string | null },
  now: Date,
): Promise<ExpertRecord> {
  const { record } = await updateVersioned<ExpertRecord>(store, {
    collection: EXPERTS,
    id: input.expertId,
    expectedRevision: input.expectedRevision,
    subject: '该专家信息',
    change(current) {
      if (current.status === input.status) return { next: current, changes: [] }
      return {
        next: { ...current, status: input.status, statusReason: input.status === 'unavailable' ? input.reason : null },
        changes: [{ field: 'status', label: '状态', before: current.status, after: input.status }],
      }
    },
    meta: { entityType: 'expert', action: 'status', actorUserId: caller.userId, at: now.toISOString(), note: input.reason },
  })
  return record
}
