import type { ContentFields } from '../../../types/content/schemas'
import type { Caller } from '../../core/caller'
import { newId } from '../../core/new-id'
import type { DocumentStore } from '../../ports/document-store'
import { createVersioned, updateVersioned } from '../revisions/versioned-write'
import { contentChanges, derivedContentFields, withContentFields } from './content-fields'
import { CONTENT, type ContentRecord } from './records'

export type ContentTarget = { contentId: string; expectedRevision: number } | null

/**
 * Creates a draft (target null) or saves the form over the revision the editor saw. The status is
 * left as it is: a published item stays published with the corrected text, and is not announced again.
 */
export async function saveContentDraft(
  store: DocumentStore,
  caller: Caller,
  target: ContentTarget,
  fields: ContentFields,
  now: Date,
): Promise<ContentRecord> {
  const at = now.toISOString()
  if (!target) {
    const record: ContentRecord = {
      _id: newId('content'),
      ...fields,
      ...derivedContentFields(fields),
      status: 'draft',
      publishedAt: null,
      firstPublishedAt: null,
      withdrawnAt: null,
      withdrawReason: null,
      revision: 1,
      createdAt: at,
      updatedAt: at,
      createdBy: caller.userId,
      updatedBy: caller.userId,
    }
    return createVersioned(store, CONTENT, record, contentChanges(null, record), {
      entityType: 'content',
      action: 'create',
      actorUserId: caller.userId,
      at,
    })
  }
  const { record } = await updateVersioned<ContentRecord>(store, {
    collection: CONTENT,
    id: target.contentId,
    expectedRevision: target.expectedRevision,
    subject: '该内容',
    change(current) {
      const next = withContentFields(current, fields)
      return { next, changes: contentChanges(current, next) }
    },
    meta: { entityType: 'content', action: 'update', actorUserId: caller.userId, at },
  })
  return record
}
