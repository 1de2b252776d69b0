import { declineReport as contract } from '../../../../types/reports/contracts'
import { defineHandler } from '../../../core/define-handler'
import { declineReport } from '../assignee-actions'
import { detailOf } from '../report-detail'

export const declineReportHandler = defineHandler({
  contract,
  access: ['expert', 'agency'],
  async handle(input, { runtime, caller, now }) {
    return detailOf(runtime.store, caller, await declineReport(runtime.store, caller, input.reportId, input.reason, now))
  },
})
