import { withdrawReport as contract } from '../../../../types/reports/contracts'
import { defineHandler } from '../../../core/define-handler'
import { withdrawReport } from '../enterprise-actions'
import { detailOf } from '../report-detail'

export const withdrawReportHandler = defineHandler({
  contract,
  access: ['liaison'],
  async handle(input, { runtime, caller, now }) {
    return detailOf(runtime.store, caller, await withdrawReport(runtime.store, caller, input.reportId, input.reason, now))
  },
})
