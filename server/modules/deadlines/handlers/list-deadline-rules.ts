import { listDeadlineRules } from '../../../../types/deadlines/contracts'
import { defineHandler } from '../../../core/define-handler'
import { listDeadlineRules as list } from '../deadline-rules'

export const listDeadlineRulesHandler = defineHandler({
  contract: listDeadlineRules,
  access: 'signed-in',
  async handle({ region }, { runtime, now }) {
    return list(runtime.store, region, now)
  },
})
