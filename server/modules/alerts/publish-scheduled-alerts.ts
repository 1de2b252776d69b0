import { AppError } from '../../core/app-error'
import type { DocumentStore } from '../../ports/document-store'
import type { ContentLifecycleHooks } from '../content/content-hooks'
import { contentRepository } from '../content/content-repository'
import { refusedLinkHosts } from '../content/link-domains/check-links'
import { publishContent } from '../content/publish-content'
import { alertLifecycleHooks } from './alert-lifecycle-hooks'
import { blockScheduledAlert } from './block-scheduled-alert'
import { dispatchRepository } from './dispatch-repository'
import type { AlertDispatchRecord } from './records'

/** The actor recorded in the content's revision history for timer publications. */
export const SCHEDULER_ACTOR = 'system:scheduler'

/**
 * Publishes scheduled alerts whose time has come, through the content module's own publish (with
 * the alert hooks, so the fan-out record is written in the same transaction). The revision is the
 * one current now — the schedule publishes the latest draft — and publish is conditional on it, so
 * two timers racing publish once; the other gets CONFLICT and finds nothing to do next tick.
 *
 * A schedule whose links left the allow-list is marked blocked and its people told once; it is
 * still tried every tick (apart from the others, so blocked ones never hold them up), so fixing
 * the link or re-adding the domain publishes it without anything else to do.
 */
export async function publishScheduledAlerts(
  store: DocumentStore,
  now: Date,
  limit = 20,
  hooks: ContentLifecycleHooks = alertLifecycleHooks,
): Promise<{ published: number; failures: number; blocked: number }> {
  const dispatches = dispatchRepository(store)
  const totals = { published: 0, failures: 0, blocked: 0 }
  const due = [...(await dispatches.dueScheduled(now, limit)), ...(await dispatches.blockedScheduled(limit))]
  for (const dispatch of due) {
    if (dispatch.publishAt && dispatch.publishAt > now.toISOString()) continue // rescheduled later meanwhile
    await publishOne(store, dispatch, now, hooks, totals)
  }
  return totals
}

async function publishOne(
  store: DocumentStore,
  dispatch: AlertDispatchRecord,
  now: Date,
  hooks: ContentLifecycleHooks,
  totals: { published: number; failures: number; blocked: number },
): Promise<void> {
  const content = await contentRepository(store).get(dispatch._id)
  if (!content) {
    await dispatchRepository(store).collection.deleteOne(dispatch._id, { state: 'scheduled' })
    return
  }
  if (content.status === 'published') return // published by hand meanwhile; reconciliation announces it
  try {
    await publishContent(store, SCHEDULER_ACTOR, { contentId: content._id, expectedRevision: content.revision }, now, hooks)
    totals.published++
  } catch (error) {
    if (!(error instanceof AppError)) throw error
    const hosts = refusedLinkHosts(error)
    if (hosts.length > 0) {
      totals.blocked++
      if (await blockScheduledAlert(store, dispatch, content, hosts, now)) {
        console.warn(`[alerts] scheduled publication of ${content._id} blocked: link domain not allowed (${hosts.join(', ')})`)
      }
      return
    }
    // Edited or published in between: the next tick sees the new state.
    totals.failures++
    console.warn(`[alerts] scheduled publication of ${content._id} deferred: ${error.code} ${error.message}`)
  }
}
