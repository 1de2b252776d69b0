import { CONTENT_STATUS_LABELS } from '../../../types/content/schemas'
import { invalidState } from '../../core/app-error'
import type { DocumentStore } from '../../ports/document-store'
import { updateVersioned } from '../revisions/versioned-write'
import { NO_CONTENT_HOOKS, type ContentLifecycleHooks } from './content-hooks'
import { CONTENT, type ContentRecord } from './records'

/** Takes a published item off the shelves with a reason readers never see but staff do. */
export async function withdrawContent(
  store: DocumentStore,
  actorUserId: string,
  input: { contentId: string; expectedRevision: number; reason: string },
  now: Date,
  hooks: ContentLifecycleHooks = NO_CONTENT_HOOKS,
): Promise<ContentRecord> {
  const at = now.toISOString()
  const { record } = await updateVersioned<ContentRecord>(store, {
    collection: CONTENT,
    id: input.contentId,
    expectedRevision: input.expectedRevision,
    subject: '该内容',
    change(current) {
      if (current.status !== 'published') throw invalidState(`该内容当前为「${CONTENT_STATUS_LABELS[current.status]}」，只有已发布的内容可以撤回`)
      return {
        next: { ...current, status: 'withdrawn', withdrawnAt: at, withdrawReason: input.reason },
        changes: [{ field: 'status', label: '状态', before: 'published', after: 'withdrawn' }],
      }
    },
    meta: { entityType: 'content', action: 'withdraw', actorUserId, at, note: input.reason },
    inTransaction: hooks.withdrawn,
  })
  return record
}
