import { invalidState } from '../../core/app-error'
import type { DocumentStore } from '../../ports/document-store'
import { updateVersioned } from '../revisions/versioned-write'
import { NO_CONTENT_HOOKS, type ContentLifecycleHooks } from './content-hooks'
import { assertLinksAllowed } from './link-domains/check-links'
import { linkDomainRepository } from './link-domains/link-domain-repository'
import { CONTENT, type ContentRecord } from './records'

/**
 * Publishes a draft or a withdrawn item. Conditional on the revision the editor saw, so of two
 * staff publishing (or one publishing while another edits) exactly one succeeds; the other gets
 * CONFLICT. The fan-out seam (`hooks.published`) runs in the same transaction. Links are checked
 * against the allow-list as it is now (staff may have removed a domain since the draft was saved).
 */
export async function publishContent(
  store: DocumentStore,
  actorUserId: string,
  input: { contentId: string; expectedRevision: number },
  now: Date,
  hooks: ContentLifecycleHooks = NO_CONTENT_HOOKS,
): Promise<ContentRecord> {
  const at = now.toISOString()
  const suffixes = await linkDomainRepository(store).listedSuffixes(now)
  const { record } = await updateVersioned<ContentRecord>(store, {
    collection: CONTENT,
    id: input.contentId,
    expectedRevision: input.expectedRevision,
    subject: '该内容',
    change(current) {
      if (current.status === 'published') throw invalidState('该内容已发布，无需重复发布')
      assertLinksAllowed(current, suffixes)
      return {
        next: { ...current, status: 'published', publishedAt: at, firstPublishedAt: current.firstPublishedAt ?? at, withdrawnAt: null, withdrawReason: null },
        changes: [{ field: 'status', label: '状态', before: current.status, after: 'published' }],
      }
    },
    meta: { entityType: 'content', action: 'publish', actorUserId, at },
    inTransaction: hooks.published,
  })
  return record
}
