import { AppError } from '../../core/app-error'
import type { DocumentStore } from '../../ports/document-store'
import type { ContentLifecycleHooks } from '../content/content-hooks'
import { contentRepository } from '../content/content-repository'
import { publishContent } from '../content/publish-content'
import { alertLifecycleHooks } from './alert-lifecycle-hooks'
import { dispatchRepository } from './dispatch-repository'

/** The actor recorded in the content's revision history for timer publications. */
export const SCHEDULER_ACTOR = 'system:scheduler'

/**
 * Publishes scheduled alerts whose time has come, through the content module's own publish (with
 * the alert hooks, so the fan-out record is written in the same transaction). The revision is the
 * one current now — the schedule publishes the latest draft — and publish is conditional on it, so
 * two timers racing publish once; the other gets CONFLICT and finds nothing to do next tick.
 */
export async function publishScheduledAlerts(
  store: DocumentStore,
  now: Date,
  limit = 20,
  hooks: ContentLifecycleHooks = alertLifecycleHooks,
): Promise<{ published: number; failures: number }> {
  const dispatches = dispatchRepository(store)
  let published = 0
  let failures = 0
  for (const due of await dispatches.dueScheduled(now, limit)) {
    const content = await contentRepository(store).get(due._id)
    if (!content) {
      await dispatches.collection.deleteOne(due._id, { state: 'scheduled' })
      continue
    }
    if (content.status === 'published') continue // published by hand meanwhile; reconciliation announces it
    try {
      await publishContent(store, SCHEDULER_ACTOR, { contentId: content._id, expectedRevision: content.revision }, now, hooks)
      published++
    } catch (error) {
      if (!(error instanceof AppError)) throw error
      // Edited or published in between, or a link no longer allowed: the next tick sees the new state.
      failures++
      console.warn(`[alerts] scheduled publication of ${content._id} deferred: ${error.code} ${error.message}`)
    }
  }
  return { published, failures }
}
