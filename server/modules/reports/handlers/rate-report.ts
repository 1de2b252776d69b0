import { rateReport as contract } from '../../../../types/reports/contracts'
import { defineHandler } from '../../../core/define-handler'
import { rateReport } from '../enterprise-actions'
import { detailOf } from '../report-detail'

export const rateReportHandler = defineHandler({
  contract,
  access: ['liaison'],
  async handle(input, { runtime, caller, now }) {
    const rating = { score: input.score, comment: input.comment }
    return detailOf(runtime.store, caller, await rateReport(runtime.store, caller, input.reportId, rating, now))
  },
})
