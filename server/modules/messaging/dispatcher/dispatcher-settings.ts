import { DEFAULT_QUIET_HOURS, type QuietHours } from '../quiet-hours'
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from '../retry-policy'

export interface DispatcherSettings {
  /** Rows claimed per batch (one claim write, one read-back). */
  batchSize: number
  /** Sends in flight at once within a batch. */
  concurrency: number
  /**
   * How long a claim holds a row. Must exceed the function's timeout (60 s on CloudBase, see
   * cloudfunctions/dispatcher/config.json notes), so a run killed by its timeout has surely stopped
   * before anyone recovers its rows.
   */
  leaseMs: number
  /** The run stops claiming new batches after this long, leaving time to finish the current one. */
  budgetMs: number
  /** Hard stop for one run, whatever the clock says. */
  maxBatchesPerRun: number
  /** How long all sending pauses after WeChat's rate limit (45009, a daily call limit). */
  rateLimitPauseMs: number
  retry: RetryPolicy
  quietHours: QuietHours
}

export const DEFAULT_DISPATCHER_SETTINGS: DispatcherSettings = {
  batchSize: 100,
  concurrency: 8,
  leaseMs: 120_000,
  budgetMs: 40_000,
  maxBatchesPerRun: 50,
  rateLimitPauseMs: 15 * 60_000,
  retry: DEFAULT_RETRY_POLICY,
  quietHours: DEFAULT_QUIET_HOURS,
}
