import { revealLiaisonContact as contract } from '../../../../types/reports/contracts'
import { defineHandler } from '../../../core/define-handler'
import { revealLiaisonContact } from '../report-detail'

export const revealLiaisonContactHandler = defineHandler({
  contract,
  access: 'signed-in',
  async handle(input, { runtime, caller, now }) {
    return revealLiaisonContact(runtime.store, caller, input.reportId, now)
  },
})
