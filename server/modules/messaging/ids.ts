import { createHash } from 'node:crypto'

/**
 * Ids derived from natural keys, so "insert unless it exists" is the deduplication: the same
 * dedupe key can only ever be one outbox row and one message-center entry, however often and
 * however concurrently it is produced. Hashed so any key text is a safe id on both back ends.
 */
function digest(key: string): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 32)
}

/** Dedupe keys are readable and stable: "alert:<alertId>:<userId>", "report:<id>:status:<n>". */
export const DEDUPE_KEY_PATTERN = /^[A-Za-z0-9_.:-]{3,200}$/

export const outboxIdFor = (dedupeKey: string) => `ob_${digest(dedupeKey)}`
export const messageIdFor = (dedupeKey: string) => `msg_${digest(dedupeKey)}`
export const quotaIdFor = (userId: string, templateId: string) => `sq_${digest(`${userId}\u0000${templateId}`)}`
export const subscribeRequestIdFor = (userId: string, requestId: string) => `sr_${digest(`${userId}\u0000${requestId}`)}`
