import { newId } from '../../../core/new-id'
import { deliverToMessageCenter } from '../message-center'
import type { OutboxRecord } from '../records'
import type { DispatchContext, RowOutcome } from './dispatch-context'
import { claim, findDue, giveBack } from './outbox-transitions'
import { recoverExpiredLeases } from './recover-expired-leases'
import { processRow } from './process-row'
import { readSendPause } from './send-pause'

export interface DispatchReport {
  recovered: { retried: number; uncertain: number }
  claimed: number
  sent: number
  skippedNoQuota: number
  refused: number
  retried: number
  failed: number
  dead: number
  uncertain: number
  /** Claimed but handed back unsent (rate-limit pause or time budget). */
  released: number
  /** Entries written to the message center now whose push waits for the end of quiet hours. */
  pushDeferred: number
  /** Taken from this run by lease recovery or a withdrawal before sending. */
  lost: number
  pausedUntil: string | null
}

type Counter = { [K in keyof DispatchReport]: DispatchReport[K] extends number ? K : never }[keyof DispatchReport]

const COUNTED: Partial<Record<RowOutcome, Counter>> = {
  sent: 'sent',
  skipped_no_quota: 'skippedNoQuota',
  refused: 'refused',
  retried: 'retried',
  failed: 'failed',
  dead: 'dead',
  uncertain: 'uncertain',
  lost: 'lost',
}

/**
 * One dispatcher run (the `dispatchDue` timer, every minute):
 *  1. recover rows whose lease expired (see recover-expired-leases.ts for the exact semantics);
 *  2. unless sending is paused after a rate limit, repeatedly: find due rows, claim them (atomic
 *     pending → sending with a lease), write their message-center entries (exactly once), then
 *     process them with bounded concurrency (see process-row.ts);
 *  3. stop at the time budget, the batch limit, a rate limit, or when nothing is due.
 * Any number of runs may overlap (two timers, a retry, a slow run): claims and conditional
 * transitions make each row's send happen at most once and each entry appear exactly once.
 */
export async function dispatchDue(ctx: DispatchContext): Promise<DispatchReport> {
  const { settings, outbox } = ctx
  const startedAt = ctx.clock.now()
  const runId = newId('run')
  const report: DispatchReport = {
    recovered: await recoverExpiredLeases(outbox, startedAt),
    claimed: 0,
    sent: 0,
    skippedNoQuota: 0,
    refused: 0,
    retried: 0,
    failed: 0,
    dead: 0,
    uncertain: 0,
    released: 0,
    pushDeferred: 0,
    lost: 0,
    pausedUntil: null,
  }

  for (let batch = 0; batch < settings.maxBatchesPerRun; batch++) {
    const now = ctx.clock.now()
    const paused = await readSendPause(ctx.store, now)
    if (paused) {
      report.pausedUntil = paused.toISOString()
      break
    }
    if (now.getTime() - startedAt.getTime() >= settings.budgetMs) break
    const due = await findDue(outbox, now, settings.batchSize)
    if (due.length === 0) break
    // One owner per batch, so the read-back returns exactly this batch's rows.
    const owner = `${runId}.${batch}`
    const rows = await claim(outbox, due.map((r) => r._id), owner, now, settings.leaseMs)
    report.claimed += rows.length
    if (rows.length === 0) continue // another run took them; look again

    await deliverToMessageCenter(ctx.store, rows, now)
    const pushable = await deferPushes(ctx, rows, owner, now, report)
    const openids = await recipientOpenids(ctx, pushable)
    const stop = await processBatch(ctx, pushable, owner, openids, startedAt, report)
    if (stop) {
      report.pausedUntil = (await readSendPause(ctx.store, ctx.clock.now()))?.toISOString() ?? null
      break
    }
  }
  return report
}

/**
 * Quiet hours hold back the push only: a row whose push must wait has just had its message-center
 * entry written, and goes back to pending until the push may go (the claim is not an attempt).
 * Returns the rows to push now.
 */
async function deferPushes(
  ctx: DispatchContext,
  rows: readonly OutboxRecord[],
  owner: string,
  now: Date,
  report: DispatchReport,
): Promise<OutboxRecord[]> {
  const at = now.toISOString()
  const pushable: OutboxRecord[] = []
  for (const row of rows) {
    if (!row.pushNotBefore || row.pushNotBefore <= at) {
      pushable.push(row)
      continue
    }
    if (await giveBack(ctx.outbox, row._id, owner, now, new Date(row.pushNotBefore))) report.pushDeferred++
    else report.lost++
  }
  return pushable
}

/** One read for the whole batch; users never seen by the users module have no entry. */
function recipientOpenids(ctx: DispatchContext, rows: readonly OutboxRecord[]): Promise<Map<string, string>> {
  return ctx.openidsOf(ctx.store, rows.map((r) => r.recipientUserId))
}

/**
 * Works through the batch with `concurrency` rows in flight. After a rate limit or past the time
 * budget no new send starts: the rows not started are given back (the claim does not count).
 * Returns true when the run should stop.
 */
async function processBatch(
  ctx: DispatchContext,
  rows: readonly OutboxRecord[],
  owner: string,
  openids: Map<string, string>,
  startedAt: Date,
  report: DispatchReport,
): Promise<boolean> {
  let next = 0
  let stop = false
  // No send starts past the budget: the function's timeout must not cut a send in half.
  const overBudget = () => ctx.clock.now().getTime() - startedAt.getTime() >= ctx.settings.budgetMs
  const worker = async () => {
    while (next < rows.length) {
      const row = rows[next++]
      if (stop || overBudget()) {
        if (await giveBack(ctx.outbox, row._id, owner, ctx.clock.now())) report.released++
        else report.lost++
        continue
      }
      const outcome = await processRow(ctx, row, owner, openids.get(row.recipientUserId))
      if (outcome === 'rate_limited') {
        stop = true
        report.released++
        continue
      }
      const key = COUNTED[outcome]
      if (key) report[key]++
    }
  }
  await Promise.all(Array.from({ length: Math.min(ctx.settings.concurrency, rows.length) }, worker))
  return stop
}
