import { provideGuidance as contract } from '../../../../types/reports/contracts'
import { defineHandler } from '../../../core/define-handler'
import { detailOf } from '../report-detail'
import { provideGuidance } from '../thread'

export const provideGuidanceHandler = defineHandler({
  contract,
  access: ['expert', 'agency'],
  async handle(input, { runtime, caller, now }) {
    return detailOf(runtime.store, caller, await provideGuidance(runtime.store, caller, input.reportId, input.guidance, now))
  },
})
