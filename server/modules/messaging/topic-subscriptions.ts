import type { AlertSubscription, AlertTopics } from '../../../types/alerts/schemas'
import type { DocumentStore } from '../../ports/document-store'
import { ANY_TOPIC, TOPIC_SUBSCRIPTIONS, type TopicSubscriptionRecord } from './records'

const subscriptions = (store: DocumentStore) => store.collection<TopicSubscriptionRecord>(TOPIC_SUBSCRIPTIONS)

/** Stored lists never are empty: "any" is the explicit wildcard, so matching is one $containsAny. */
const stored = (codes: readonly string[]) => (codes.length === 0 ? [ANY_TOPIC] : [...codes])
const shown = <T extends string>(codes: readonly string[]) => codes.filter((c) => c !== ANY_TOPIC) as T[]

export function toSubscriptionView(record: TopicSubscriptionRecord): AlertSubscription {
  return {
    countries: shown(record.countries),
    ipTypes: shown(record.ipTypes),
    industries: shown(record.industries),
    active: record.status === 'active',
    updatedAt: record.updatedAt,
  }
}

export async function getSubscription(store: DocumentStore, userId: string): Promise<AlertSubscription | null> {
  const record = await subscriptions(store).getById(userId)
  return record ? toSubscriptionView(record) : null
}

/** Follows topics, or changes them; also resumes a stopped subscription. Last write wins. */
export async function saveSubscription(store: DocumentStore, userId: string, topics: AlertTopics, now: Date): Promise<AlertSubscription> {
  const at = now.toISOString()
  const fields = {
    status: 'active' as const,
    countries: stored(topics.countries),
    ipTypes: stored(topics.ipTypes),
    industries: stored(topics.industries),
    updatedAt: at,
  }
  const created = await subscriptions(store).insertUnlessExists({ _id: userId, userId, createdAt: at, ...fields })
  if (!created) await subscriptions(store).updateOne(userId, { $set: fields })
  const record = await subscriptions(store).getById(userId)
  if (!record) throw new Error(`subscription ${userId} vanished after saving`)
  return toSubscriptionView(record)
}

/** Stops all alert notifications; the topics are kept so following again is one tap. */
export async function stopSubscription(store: DocumentStore, userId: string, now: Date): Promise<AlertSubscription | null> {
  await subscriptions(store).updateOne(userId, { $set: { status: 'stopped', updatedAt: now.toISOString() } }, { status: 'active' })
  return getSubscription(store, userId)
}
