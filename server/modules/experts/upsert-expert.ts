import type { ExpertFields } from '../../../types/experts/schemas'
import type { Caller } from '../../core/caller'
import { newId } from '../../core/new-id'
import type { DocumentStore } from '../../ports/document-store'
import { createVersioned, updateVersioned } from '../revisions/versioned-write'
import { claimLinkedUser, releaseLinkedUser } from './check-linked-user'
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
  const expertId = target?.expertId ?? newId('expert')
  const releaseOnFailure = await claimLinkedUser(store, fields.userId, expertId, now)
  try {
    const saved = await writeExpert(store, caller, target, expertId, fields, now)
    if (saved.previousUserId !== null && saved.previousUserId !== fields.userId) await releaseLinkedUser(store, saved.previousUserId, expertId)
    return saved.record
  } catch (error) {
    await releaseOnFailure()
    throw error
  }
}

async function writeExpert(
  store: DocumentStore,
  caller: Caller,
  target: ExpertTarget,
  expertId: string,
  fields: ExpertFields,
  now: Date,
): Promise<{ record: ExpertRecord; previousUserId: string | null }> {
  const at = now.toISOString()
  if (!target) {
    const record: ExpertRecord = {
      _id: expertId,
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
    const created = await createVersioned(store, EXPERTS, record, expertChanges(null, record), {
      entityType: 'expert',
      action: 'create',
      actorUserId: caller.userId,
      at,
    })
    return { record: created, previousUserId: null }
  }
  let previousUserId: string | null = null
  const { record } = await updateVersioned<ExpertRecord>(store, {
    collection: EXPERTS,
    id: target.expertId,
    expectedRevision: target.expectedRevision,
    subject: '该专家信息',
    change(current) {
      previousUserId = current.userId
      const next = withExpertFields(current, fields)
      return { next, changes: expertChanges(current, next) }
    },
    meta: { entityType: 'expert', action: 'update', actorUserId: caller.userId, at },
  })
  return { record, previousUserId }
}
