import type { Clock } from '../../ports/clock'
import type { DocumentStore } from '../../ports/document-store'
import { dispatchRepository } from './dispatch-repository'
import { DEFAULT_FANOUT_SETTINGS, fanOutAlerts, type FanoutSettings } from './fan-out-alerts'
import { publishScheduledAlerts } from './publish-scheduled-alerts'
import { reconcileWithContent } from './reconcile-with-content'
import { stopAlertDeliveries } from './stop-alert-deliveries'

/**
 * One tick of the alerts timer (`publishDue`, every minute). Order matters: withdrawals are made
 * effective before anything new is planned, then due schedules are published, then fan-outs run
 * within the time budget (large fan-outs continue on the next tick from their cursor).
 */
export async function runAlertsTimer(store: DocumentStore, clock: Clock, fanout: FanoutSettings = DEFAULT_FANOUT_SETTINGS) {
  await reconcileWithContent(store, clock.now())
  let stopped = 0
  for (const withdrawn of await dispatchRepository(store).withdrawnNotStopped(50)) {
    await stopAlertDeliveries(store, withdrawn._id, clock.now())
    stopped++
  }
  const { published, failures, blocked } = await publishScheduledAlerts(store, clock.now())
  const totals = await fanOutAlerts(store, clock, fanout)
  return { published, publishFailures: failures, publishBlocked: blocked, fanout: totals, stopped }
}
