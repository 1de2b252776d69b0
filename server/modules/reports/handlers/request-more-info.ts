import { requestMoreInfo as contract } from '../../../../types/reports/contracts'
import { defineHandler } from '../../../core/define-handler'
import { requestMoreInfo } from '../assignee-actions'
import { detailOf } from '../report-detail'

export const requestMoreInfoHandler = defineHandler({
  contract,
  access: ['expert', 'agency'],
  async handle(input, { runtime, caller, now }) {
    return detailOf(runtime.store, caller, await requestMoreInfo(runtime.store, caller, input.reportId, input.question, now))
  },
})
