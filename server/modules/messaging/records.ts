import type { OutboxStatus, SubscribeResult, TemplateKey, TemplateKind } from '../../../types/messaging/schemas'
import type { CollectionSpec } from '../../ports/collection-spec'
import type { NotificationPayload } from './push-fields/build-push-message'

export const NOTIFICATION_OUTBOX = 'notification_outbox'
export const MESSAGE_CENTER = 'message_center'
export const SUBSCRIBE_QUOTAS = 'subscribe_quotas'
export const SUBSCRIBE_REQUESTS = 'subscribe_requests'
export const DISPATCHER_STATE = 'dispatcher_state'
export const TOPIC_SUBSCRIPTIONS = 'topic_subscriptions'

/**
 * One notification to one user: written by producers (never sent by them), delivered by the
 * dispatcher. `_id` derives from the dedupe key, so the same key can only ever be one row.
 */
export interface OutboxRecord {
  _id: string
  dedupeKey: string
  recipientUserId: string
  templateKey: TemplateKey
  payload: NotificationPayload
  /** What the message center shows. */
  inbox: { title: string; summary: string; page: string | null }
  sourceKind: string
  sourceId: string | null
  urgent: boolean
  /** Not claimed before this instant (scheduled time, retry backoff, rate-limit pause, push deferral). */
  notBefore: string
  /**
   * The WeChat push waits until this instant (end of quiet hours); the message-center entry does not.
   * A row claimed earlier writes its entry and goes back to pending until then. Null: no wait
   * (also rows written before the field existed).
   */
  pushNotBefore?: string | null
  status: OutboxStatus
  /** Claims so far; a claim is one delivery attempt. */
  attempts: number
  /** The dispatcher run holding the row, and until when; both null when nobody holds it. */
  leaseOwner: string | null
  leaseUntil: string | null
  /** A one-time quota unit is reserved for this row (taken on an earlier attempt): do not take another. */
  quotaConsumed: boolean
  lastError: string | null
  createdAt: string
  updatedAt: string
  sentAt: string | null
}

/** One message-center entry; `_id` derives from the outbox row's dedupe key (exactly once). */
export interface MessageRecord {
  _id: string
  dedupeKey: string
  userId: string
  sourceKind: string
  sourceId: string | null
  title: string
  summary: string
  page: string | null
  createdAt: string
  readAt: string | null
  withdrawn: boolean
}

/** The one-time sends a user granted for one WeChat template (per template id, not per logical key). */
export interface QuotaRecord {
  _id: string
  userId: string
  templateId: string
  kind: TemplateKind
  /** Sends left; changed only by $inc (accept) and a conditional decrement (claimed send). */
  remaining: number
  acceptedTotal: number
  lastResult: SubscribeResult | null
  lastResultAt: string | null
  updatedAt: string
}

/** One recorded wx.requestSubscribeMessage answer: makes recording idempotent per request id. */
export interface SubscribeRequestRecord {
  _id: string
  userId: string
  requestId: string
  results: Record<string, SubscribeResult>
  recordedAt: string
}

/** Dispatcher-wide state: the pause after WeChat's rate limit (45009). */
export interface DispatcherStateRecord {
  _id: string
  pausedUntil: string | null
  reason: string | null
  updatedAt: string
}

/** The wildcard stored in a topic list meaning "every country / IP type / industry". */
export const ANY_TOPIC = '*'

/** A user's alert topics (countries × IP types × industries); one per user, `_id` = user id. */
export interface TopicSubscriptionRecord {
  _id: string
  userId: string
  status: 'active' | 'stopped'
  /** Region codes, or [ANY_TOPIC]. */
  countries: string[]
  ipTypes: string[]
  industries: string[]
  createdAt: string
  updatedAt: string
}

export const MESSAGING_COLLECTIONS: CollectionSpec[] = [
  {
    name: NOTIFICATION_OUTBOX,
    indexes: [
      // Due rows in (notBefore, _id) order straight from the index: no sort of the backlog per batch.
      { fields: [['status', 'asc'], ['notBefore', 'asc'], ['_id', 'asc']] },
      { fields: [['status', 'asc'], ['leaseUntil', 'asc']] }, // expired leases
      { fields: [['sourceId', 'asc'], ['status', 'asc']] }, // per-source stats and cancellation
      { fields: [['status', 'asc'], ['updatedAt', 'desc']] }, // problems for staff
    ],
  },
  {
    name: MESSAGE_CENTER,
    indexes: [
      { fields: [['userId', 'asc'], ['createdAt', 'desc']] },
      { fields: [['userId', 'asc'], ['readAt', 'asc']] },
      { fields: [['sourceId', 'asc']] },
    ],
  },
  { name: SUBSCRIBE_QUOTAS, indexes: [{ fields: [['userId', 'asc']] }] },
  { name: SUBSCRIBE_REQUESTS, indexes: [{ fields: [['userId', 'asc'], ['recordedAt', 'desc']] }] },
  { name: DISPATCHER_STATE, indexes: [] },
  // Fan-out pages through active subscriptions in _id order: (status, _id) serves filter and order.
  { name: TOPIC_SUBSCRIPTIONS, indexes: [{ fields: [['status', 'asc'], ['_id', 'asc']] }] },
]
