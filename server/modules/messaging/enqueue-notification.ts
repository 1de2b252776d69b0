import type { TemplateKey } from '../../../types/messaging/schemas'
import type { DocumentStore } from '../../ports/document-store'
import { DEDUPE_KEY_PATTERN, outboxIdFor } from './ids'
import { insertAllUnlessExist } from './insert-all-unless-exist'
import type { NotificationPayload } from './push-fields/build-push-message'
import { DEFAULT_QUIET_HOURS, deferForQuietHours, type QuietHours } from './quiet-hours'
import { NOTIFICATION_OUTBOX, type OutboxRecord } from './records'

export interface NotificationRequest {
  recipientUserId: string
  templateKey: TemplateKey
  /** Values for the template's fields and page placeholders (see the template configuration). */
  payload: NotificationPayload
  /** Same key, same notification: producing it again (retries, re-runs) changes nothing. */
  dedupeKey: string
  /** Earliest delivery; default now. Quiet hours hold back only the push of non-urgent ones, never the message center. */
  notBefore?: Date
  urgent?: boolean
  /** What the in-app message center shows; it receives every notification, quota or not. */
  inbox: { title: string; summary: string; page?: string | null }
  /** The product record it is about, for per-source stats, cancellation and links. */
  source?: { kind: string; id: string }
}

export interface EnqueueOptions {
  now: Date
  quietHours?: QuietHours
}

export function newOutboxRecord(request: NotificationRequest, options: EnqueueOptions): OutboxRecord {
  if (!DEDUPE_KEY_PATTERN.test(request.dedupeKey)) throw new RangeError(`invalid dedupe key ${JSON.stringify(request.dedupeKey)}`)
  const at = options.now.toISOString()
  const urgent = request.urgent ?? false
  const notBefore = request.notBefore ?? options.now
  const pushNotBefore = deferForQuietHours(notBefore, urgent, options.quietHours ?? DEFAULT_QUIET_HOURS)
  return {
    _id: outboxIdFor(request.dedupeKey),
    dedupeKey: request.dedupeKey,
    recipientUserId: request.recipientUserId,
    templateKey: request.templateKey,
    payload: request.payload,
    inbox: { title: request.inbox.title, summary: request.inbox.summary, page: request.inbox.page ?? null },
    sourceKind: request.source?.kind ?? request.templateKey,
    sourceId: request.source?.id ?? null,
    urgent,
    notBefore: notBefore.toISOString(),
    pushNotBefore: pushNotBefore.getTime() > notBefore.getTime() ? pushNotBefore.toISOString() : null,
    status: 'pending',
    attempts: 0,
    leaseOwner: null,
    leaseUntil: null,
    quotaConsumed: false,
    lastError: null,
    createdAt: at,
    updatedAt: at,
    sentAt: null,
  }
}

/**
 * THE way to notify a user. Writes one outbox row — insert-unless-exists by the dedupe key — and
 * nothing else: producers never call WeChat; the dispatcher delivers (message center first, then
 * the push if the user has quota). Returns whether this call created the row.
 */
export async function enqueueNotification(
  store: DocumentStore,
  request: NotificationRequest,
  options: EnqueueOptions,
): Promise<{ deliveryId: string; created: boolean }> {
  const record = newOutboxRecord(request, options)
  const created = await store.collection<OutboxRecord>(NOTIFICATION_OUTBOX).insertUnlessExists(record)
  return { deliveryId: record._id, created }
}

/** The batch form for fan-out: one existence read and one insertMany per chunk. Returns rows created. */
export async function enqueueNotifications(
  store: DocumentStore,
  requests: readonly NotificationRequest[],
  options: EnqueueOptions,
): Promise<number> {
  const records = requests.map((r) => newOutboxRecord(r, options))
  return (await insertAllUnlessExist(store.collection<OutboxRecord>(NOTIFICATION_OUTBOX), records)).length
}
