import { MAX_FIND_LIMIT, type DocumentStore, type Filter } from '../../ports/document-store'
import { enqueueNotifications, type EnqueueOptions, type NotificationRequest } from './enqueue-notification'
import { TOPIC_SUBSCRIPTIONS, type TopicSubscriptionRecord } from './records'
import { subscriberFilter, type AlertTargeting } from './topic-filter'

export interface FanoutPage {
  /** Resume after this subscription id; null when nothing was read. */
  cursor: string | null
  matched: number
  /** Outbox rows this page created (rows planned before a crash are not created again). */
  created: number
  done: boolean
}

/**
 * Plans one page of a fan-out: up to 1000 matching subscribers in `_id` order after `cursor` (one
 * indexed query), then one batched insert of their outbox rows (no round trip per subscriber).
 * Dedupe keys make a page safe to plan twice — after a crash, or by two timers at once.
 */
export async function planFanoutPage(
  store: DocumentStore,
  targeting: AlertTargeting,
  cursor: string | null,
  toRequest: (subscription: TopicSubscriptionRecord) => NotificationRequest,
  options: EnqueueOptions,
  pageSize = MAX_FIND_LIMIT,
): Promise<FanoutPage> {
  const filter: Filter = subscriberFilter(targeting)
  if (cursor) filter._id = { $gt: cursor }
  const page = await store
    .collection<TopicSubscriptionRecord>(TOPIC_SUBSCRIPTIONS)
    .find(filter, { orderBy: [['_id', 'asc']], limit: Math.min(pageSize, MAX_FIND_LIMIT) })
  const created = await enqueueNotifications(store, page.map(toRequest), options)
  return {
    cursor: page.length > 0 ? page[page.length - 1]._id : cursor,
    matched: page.length,
    created,
    // Only an empty page ends the walk: a server may answer fewer rows than asked while more
    // remain (CloudBase caps each get; the cap is configuration, not a promise), so a short page
    // proves nothing. The cost is one empty read at the end.
    done: page.length === 0,
  }
}
