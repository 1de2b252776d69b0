import * as z from 'zod'
import type { CollectionSpec } from '../ports/collection-spec'
import type { DocumentStore } from '../ports/document-store'

/**
 * Per-user token buckets for writes, kept in the store so every function instance on CloudBase
 * shares them. A bucket holds up to `burst` tokens and refills at `perMinute`; each write takes one.
 * Reads (get…, list…, search…, export…) are not limited.
 */
export const bucketLimitSchema = z.object({
  burst: z.number().int().min(1).max(10_000),
  perMinute: z.number().positive().max(100_000),
})
export type BucketLimit = z.infer<typeof bucketLimitSchema>

export const rateLimitsSchema = z.object({ write: bucketLimitSchema, message: bucketLimitSchema })
export type RateLimits = z.infer<typeof rateLimitsSchema>
export type RateLimitClass = keyof RateLimits

/**
 * Defaults: a person filling forms, reviewing or editing never meets them (60 writes at once, then
 * one every two seconds); messages in a case thread are tighter (20 at once, then one every 6 s),
 * which stops a flood (2,000 messages in 28 s) after the 20th.
 */
export const DEFAULT_RATE_LIMITS: RateLimits = {
  write: { burst: 60, perMinute: 30 },
  message: { burst: 20, perMinute: 10 },
}

/** `RATE_LIMITS` (JSON, the shape of DEFAULT_RATE_LIMITS; classes left out keep their default). */
export function parseRateLimits(raw: string | undefined): RateLimits {
  if (!raw?.trim()) return DEFAULT_RATE_LIMITS
  const parsed: unknown = JSON.parse(raw)
  return rateLimitsSchema.parse({ ...DEFAULT_RATE_LIMITS, ...(parsed as object) })
}

const READ_ACTION = /^(get|list|search|export)[A-Z]/
/** Actions that post into a conversation other people are notified of. */
const MESSAGE_ACTIONS: ReadonlySet<string> = new Set(['postMessage'])

export function rateLimitClassOf(action: string): RateLimitClass | null {
  if (READ_ACTION.test(action)) return null
  return MESSAGE_ACTIONS.has(action) ? 'message' : 'write'
}

export const RATE_BUCKETS = 'rate_buckets'
export const RATE_LIMIT_COLLECTIONS: CollectionSpec[] = [{ name: RATE_BUCKETS, indexes: [] }]

interface BucketRecord {
  _id: string
  tokens: number
  /** Milliseconds since the epoch of the last refill (server clock). */
  refilledAt: number
  /** Compare-and-set guard: every take is one update conditional on the version read. */
  version: number
}

export type TakeResult = { ok: true } | { ok: false; retryAfterMs: number }

const CONTENDED_RETRY_MS = 1000

/**
 * Takes one token from the caller's bucket. Optimistic and atomic without a transaction: read the
 * bucket, compute the refill, then one update conditional on the version read; a lost race re-reads.
 * A user whose own calls keep colliding (a flood in parallel) is refused after a few rounds.
 */
export async function takeToken(store: DocumentStore, bucketId: string, limit: BucketLimit, now: Date): Promise<TakeResult> {
  const buckets = store.collection<BucketRecord>(RATE_BUCKETS)
  const nowMs = now.getTime()
  const perMs = limit.perMinute / 60_000
  for (let round = 0; round < 5; round++) {
    const bucket = await buckets.getById(bucketId)
    if (!bucket) {
      if (await buckets.insertUnlessExists({ _id: bucketId, tokens: limit.burst - 1, refilledAt: nowMs, version: 1 })) return { ok: true }
      continue
    }
    const refilledAt = Math.max(nowMs, bucket.refilledAt)
    const available = Math.min(limit.burst, bucket.tokens + (refilledAt - bucket.refilledAt) * perMs)
    if (available < 1) return { ok: false, retryAfterMs: Math.ceil((1 - available) / perMs) }
    const taken = await buckets.updateOne(
      bucketId,
      { $set: { tokens: available - 1, refilledAt }, $inc: { version: 1 } },
      { version: bucket.version },
    )
    if (taken) return { ok: true }
  }
  return { ok: false, retryAfterMs: CONTENDED_RETRY_MS }
}

/** What the user reads: how long to wait, in words. */
export function rateLimitedMessage(retryAfterMs: number): string {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000))
  const wait = seconds < 60 ? `${seconds} 秒` : `${Math.ceil(seconds / 60)} 分钟`
  return `操作太频繁，请 ${wait}后再试`
}
