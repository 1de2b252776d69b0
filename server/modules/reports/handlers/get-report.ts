import { getReport as contract } from '../../../../types/reports/contracts'
import { defineHandler } from '../../../core/define-handler'
import { getReport } from '../report-detail'

export const getReportHandler = defineHandler({
  contract,
  access: 'signed-in',
  async handle(input, { runtime, caller }) {
    return getReport(runtime.store, caller, input.reportId)
  },
})
