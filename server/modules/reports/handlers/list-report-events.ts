import { listReportEvents as contract } from '../../../../types/reports/contracts'
import { defineHandler } from '../../../core/define-handler'
import { listReportEvents } from '../report-detail'

export const listReportEventsHandler = defineHandler({
  contract,
  access: 'signed-in',
  async handle(input, { runtime, caller }) {
    return listReportEvents(runtime.store, caller, input.reportId, input.before, input.limit)
  },
})
