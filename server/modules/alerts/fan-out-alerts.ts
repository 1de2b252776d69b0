import { newId } from '../../core/new-id'
import type { Clock } from '../../ports/clock'
import type { DocumentStore } from '../../ports/document-store'
import { planFanoutPage } from '../messaging/fanout-planner'
import { DEFAULT_QUIET_HOURS, type QuietHours } from '../messaging/quiet-hours'
import { alertNotification } from './alert-push'
import { dispatchRepository } from './dispatch-repository'
import type { AlertDispatchRecord } from './records'
import { stopAlertDeliveries } from './stop-alert-deliveries'

export interface FanoutSettings {
  budgetMs: number
  leaseMs: number
  pageSize: number
  maxAlertsPerRun: number
  quietHours: QuietHours
}

export const DEFAULT_FANOUT_SETTINGS: FanoutSettings = {
  budgetMs: 40_000,
  leaseMs: 120_000,
  pageSize: 1000,
  maxAlertsPerRun: 5,
  quietHours: DEFAULT_QUIET_HOURS,
}

/**
 * Plans the notifications of alerts being published, page by page, resumable across ticks:
 *  - one runner per alert at a time: a lease on the dispatch record (taken by a conditional update);
 *  - after each page the cursor advances by a conditional update on (owner, state, old cursor), so
 *    counts are added once; a page planned twice (crash before the advance) creates nothing twice,
 *    because outbox rows are keyed by dedupe key;
 *  - if the advance fails because the alert was withdrawn meanwhile, deliveries are stopped again,
 *    which also cancels rows this page created after the withdrawal's own stop.
 */
export async function fanOutAlerts(store: DocumentStore, clock: Clock, settings: FanoutSettings = DEFAULT_FANOUT_SETTINGS) {
  const dispatches = dispatchRepository(store)
  const startedAt = clock.now().getTime()
  const owner = newId('fan')
  const totals = { alerts: 0, matched: 0, planned: 0 }
  const overBudget = () => clock.now().getTime() - startedAt >= settings.budgetMs

  const candidates = await dispatches.fanoutsToRun(clock.now(), settings.maxAlertsPerRun)
  for (const [index, candidate] of candidates.entries()) {
    // At least one page per tick, however small the budget.
    if (index > 0 && overBudget()) break
    const now = clock.now()
    const claimed = await dispatches.collection.updateOne(
      candidate._id,
      { $set: { fanoutOwner: owner, fanoutLeaseUntil: new Date(now.getTime() + settings.leaseMs).toISOString() } },
      { state: 'publishing', $or: [{ fanoutLeaseUntil: null }, { fanoutLeaseUntil: { $lte: now.toISOString() } }] },
    )
    if (!claimed) continue
    const record = await dispatches.get(candidate._id)
    if (!record) continue
    totals.alerts++
    await runFanout(store, record, owner, clock, settings, overBudget, totals)
  }
  return totals
}

async function runFanout(
  store: DocumentStore,
  record: AlertDispatchRecord,
  owner: string,
  clock: Clock,
  settings: FanoutSettings,
  overBudget: () => boolean,
  totals: { matched: number; planned: number },
): Promise<void> {
  const dispatches = dispatchRepository(store).collection
  let cursor = record.cursor
  for (;;) {
    const now = clock.now()
    const page = await planFanoutPage(store, record.targeting, cursor, (s) => alertNotification(record, s), { now, quietHours: settings.quietHours }, settings.pageSize)
    const at = now.toISOString()
    const advanced = await dispatches.updateOne(
      record._id,
      {
        $set: {
          cursor: page.cursor,
          fanoutLeaseUntil: new Date(now.getTime() + settings.leaseMs).toISOString(),
          updatedAt: at,
          ...(page.done ? { state: 'published', fanoutDoneAt: at, fanoutOwner: null, fanoutLeaseUntil: null } : {}),
        },
        $inc: { matched: page.matched, planned: page.created },
      },
      { fanoutOwner: owner, state: 'publishing', cursor },
    )
    if (!advanced) {
      if ((await dispatches.getById(record._id))?.state === 'withdrawn') await stopAlertDeliveries(store, record._id, now)
      return
    }
    totals.matched += page.matched
    totals.planned += page.created
    cursor = page.cursor
    if (page.done) return
    if (overBudget()) {
      // Hand the rest to the next tick at once rather than after the lease.
      await dispatches.updateOne(record._id, { $set: { fanoutLeaseUntil: now.toISOString() } }, { fanoutOwner: owner, state: 'publishing' })
      return
    }
  }
}
