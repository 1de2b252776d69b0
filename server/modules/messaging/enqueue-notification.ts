import type { TemplateKey } from '../../../types/messaging/schemas'
import type { DocumentStore } from '../../ports/document-store'
import { DEDUPE_KEY_PATTERN, outboxIdFor } from './ids'
import { insertAllUnlessExist } from './insert-all-unless-exist'
import type { NotificationPayload } from './push-fields/build-push-message'
import { DEFAULT_QUIET_HOURS, deferForQuietHours, type QuietHours } from './quiet-hours'
import { pushesAtOnce, type NoticeKind, type NoticeUrgency } from './push-timing'
import { NOTIFICATION_OUTBOX, type OutboxRecord } from './records'

/**
 * What a producer asks for. It names the kind of notice and the case urgency; whether the push may
 * go during quiet hours is read from the push-timing table (push-timing.ts), never set here.
 */
export interface NotificationRequest<K extends TemplateKey = TemplateKey> {
  recipientUserId: string
  templateKey: K
  /** Row of the push-timing table for this template. */
  notice: NoticeKind<K>
  /** Column of the push-timing table: the case's urgency (or the alert's); default 一般. */
  urgency?: NoticeUrgency
  /** Values for the template's fields and page placeholders (see the template configuration). */
  payload: NotificationPayload
  /** Same key, same notification: producing it again (retries, re-runs) changes nothing. */
  dedupeKey: string
  /** Earliest delivery; default now. Quiet hours hold back only the push of non-urgent ones, never the message center. */
  notBefore?: Date
  /** What the in-app message center shows; it receives every notification, quota or not. */
  inbox: { title: string; summary: string; page?: string | null }
  /** The product record it is about, for per-source stats, cancellation and links. */
  source?: { kind: string; id: string }
}

/** Outbox fields only the push-timing table and the dispatcher decide. */
const PRODUCER_FORBIDDEN = ['urgent', 'pushNotBefore'] as const

export interface EnqueueOptions {
  now: Date
  quietHours?: QuietHours
}

type PushDeferral = (notBefore: Date, urgent: boolean) => Date

const deferralFor = (options: EnqueueOptions): PushDeferral => (notBefore, urgent) =>
  deferForQuietHours(notBefore, urgent, options.quietHours ?? DEFAULT_QUIET_HOURS)

/**
 * The deferral for a batch: a fan-out's rows share one or a few `notBefore` instants, and the
 * quiet-hours check goes through the timezone database (about 0.1 ms each), which for 100,000 rows
 * was most of the planning time. Same answers, computed once per distinct instant.
 */
function batchDeferral(options: EnqueueOptions): PushDeferral {
  const compute = deferralFor(options)
  const known = new Map<string, Date>()
  return (notBefore, urgent) => {
    const key = `${notBefore.getTime()}:${urgent}`
    let deferred = known.get(key)
    if (!deferred) {
      deferred = compute(notBefore, urgent)
      known.set(key, deferred)
    }
    return deferred
  }
}

export function newOutboxRecord<K extends TemplateKey>(
  request: NotificationRequest<K>,
  options: EnqueueOptions,
  defer: PushDeferral = deferralFor(options),
): OutboxRecord {
  if (!DEDUPE_KEY_PATTERN.test(request.dedupeKey)) throw new RangeError(`invalid dedupe key ${JSON.stringify(request.dedupeKey)}`)
  // A producer deciding push timing itself (an old-style flag smuggled past the type) is refused.
  for (const field of PRODUCER_FORBIDDEN) {
    if (Object.prototype.hasOwnProperty.call(request, field)) throw new TypeError(`notification ${request.dedupeKey}: \`${field}\` comes from the push-timing table, not the producer`)
  }
  const at = options.now.toISOString()
  const urgent = pushesAtOnce<TemplateKey>(request.templateKey, request.notice, request.urgency ?? 'normal')
  const notBefore = request.notBefore ?? options.now
  const pushNotBefore = defer(notBefore, urgent)
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
export async function enqueueNotification<K extends TemplateKey>(
  store: DocumentStore,
  request: NotificationRequest<K>,
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
  const defer = batchDeferral(options)
  const records = requests.map((r) => newOutboxRecord(r, options, defer))
  return (await insertAllUnlessExist(store.collection<OutboxRecord>(NOTIFICATION_OUTBOX), records)).length
}
