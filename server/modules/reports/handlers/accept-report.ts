import { acceptReport as contract } from '../../../../types/reports/contracts'
import { defineHandler } from '../../../core/define-handler'
import { acceptReport } from '../assignee-actions'
import { detailOf } from '../report-detail'

export const acceptReportHandler = defineHandler({
  contract,
  access: ['expert', 'agency'],
  async handle(input, { runtime, caller, now }) {
    return detailOf(runtime.store, caller, await acceptReport(runtime.store, caller, input.reportId, input.expectedVersion, now))
  },
})
