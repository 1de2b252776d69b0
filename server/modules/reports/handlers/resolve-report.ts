import { resolveReport as contract } from '../../../../types/reports/contracts'
import { defineHandler } from '../../../core/define-handler'
import { resolveReport } from '../assignee-actions'
import { detailOf } from '../report-detail'

export const resolveReportHandler = defineHandler({
  contract,
  access: ['expert', 'agency'],
  async handle(input, { runtime, caller, now }) {
    const resolution = { summary: input.summary, outcomeCategory: input.outcomeCategory }
    return detailOf(runtime.store, caller, await resolveReport(runtime.store, caller, input.reportId, resolution, now))
  },
})
