/**
 * Transient failures (WeChat "system busy", network errors before the request left) are retried
 * with exponential backoff: 1, 2, 4, 8 … minutes, capped at one hour; after `maxAttempts` claims the
 * row becomes a dead letter that staff can see and re-queue.
 */
export interface RetryPolicy {
  maxAttempts: number
  baseDelayMs: number
  maxDelayMs: number
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 5, baseDelayMs: 60_000, maxDelayMs: 3_600_000 }

/** Delay before the attempt after `attempt` (1-based) failed. */
export function retryDelayMs(attempt: number, policy: RetryPolicy = DEFAULT_RETRY_POLICY): number {
  const exponent = Math.max(0, attempt - 1)
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.min(exponent, 30))
}
