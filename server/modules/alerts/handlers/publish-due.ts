import { publishDue } from '../../../../types/alerts/contracts'
import { defineHandler } from '../../../core/define-handler'
import { runAlertsTimer } from '../run-alerts-timer'

/** The alerts function's timer trigger (cloudfunctions/alerts/config.json): every minute. */
export const publishDueHandler = defineHandler({
  contract: publishDue,
  access: 'timer',
  async handle(_input, { runtime }) {
    return runAlertsTimer(runtime.store, runtime.clock)
  },
})
