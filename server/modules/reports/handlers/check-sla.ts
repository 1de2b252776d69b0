import { checkSla } from '../../../../types/reports/contracts'
import { defineHandler } from '../../../core/define-handler'
import { checkSla as runCheckSla } from '../check-sla'

/** Timer trigger `checkSla`: escalations and the one rating reminder. */
export const checkSlaHandler = defineHandler({
  contract: checkSla,
  access: 'timer',
  async handle(_input, { runtime, now }) {
    return runCheckSla(runtime.store, now)
  },
})
