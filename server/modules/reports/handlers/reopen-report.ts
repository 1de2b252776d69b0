import { reopenReport as contract } from '../../../../types/reports/contracts'
import { defineHandler } from '../../../core/define-handler'
import { reopenReport } from '../enterprise-actions'
import { detailOf } from '../report-detail'

export const reopenReportHandler = defineHandler({
  contract,
  access: ['liaison'],
  async handle(input, { runtime, caller, now }) {
    return detailOf(runtime.store, caller, await reopenReport(runtime.store, caller, input.reportId, input.reason, now))
  },
})
