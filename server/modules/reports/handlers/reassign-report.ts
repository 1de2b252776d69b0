import { reassignReport as contract } from '../../../../types/reports/contracts'
import { defineHandler } from '../../../core/define-handler'
import { reassignReport } from '../reassign-report'
import { detailOf } from '../report-detail'

export const reassignReportHandler = defineHandler({
  contract,
  access: ['staff', 'admin'],
  async handle(input, { runtime, caller, now }) {
    return detailOf(runtime.store, caller, await reassignReport(runtime.store, caller, input.reportId, input.assignee, input.reason, now))
  },
})
