import type { ExpertFields } from '../../../types/experts/schemas'
import type { Caller } from '../../core/caller'
import { newId } from '../../core/new-id'
import type { DocumentStore } from '../../ports/document-store'
import { createVersioned, updateVersioned } from '../revisions/versioned-write'
import { checkLinkedUser } from './check-linked-user'
import { expertChanges, expertSearchText, withExpertFields } from './expert-fields'
import { EXPERTS, type ExpertRecord } from './records'

export type ExpertTarget = { expertId: string; expectedRevision: number } | null

/** Creates an expert (target null) or saves the staff form over the revision the editor saw. */
export async function upsertExpert(
  store: DocumentStore,
  caller: Caller,
  target: ExpertTarget,
  fields: ExpertFields,
  now: Date,
): Promise<ExpertRecord> {
  await checkLinkedUser(store, fields.userId, target?.expertId ?? null)
  const at = now.toISOString()
  if (!target) {
    const record: ExpertRecord = {
      _id: newId('expert'),
      ...fields,
      status: 'active',
      statusReason: null,
      searchText: expertSearchText(fields),
      revision: 1,
      createdAt: at,
      updatedAt: at,
      createdBy: caller.userId,
      updatedBy: caller.userId,
    }
    return createVersioned(store, EXPERTS, record, expertChanges(null, record), {
      entityType: 'expert',
      action: 'create',
      actorUserId: caller.userId,
      at,
    })
  }
  const { record } = await updateVersioned<ExpertRecord>(store, {
    collection: EXPERTS,
    id: target.expertId,
    expectedRevision: target.expectedRevision,
    subject: '该专家信息',
    change(current) {
      const next = withExpertFields(current, fields)
      return { next, changes: expertChanges(current, next) }
    },
    meta: { entityType: 'expert', action: 'update', actorUserId: caller.userId, at },
  })
  return record
}
