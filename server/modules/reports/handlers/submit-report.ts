import { submitReport as contract } from '../../../../types/reports/contracts'
import { defineHandler } from '../../../core/define-handler'
import { detailOf } from '../report-detail'
import { submitReport } from '../submit-report'

export const submitReportHandler = defineHandler({
  contract,
  access: ['liaison'],
  async handle(input, { runtime, caller, now }) {
    return detailOf(runtime.store, caller, await submitReport(runtime.store, caller, input, now))
  },
})
