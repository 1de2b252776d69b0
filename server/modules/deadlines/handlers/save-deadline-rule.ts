import { saveDeadlineRule } from '../../../../types/deadlines/contracts'
import { defineHandler } from '../../../core/define-handler'
import { saveDeadlineRule as save } from '../deadline-rules'

export const saveDeadlineRuleHandler = defineHandler({
  contract: saveDeadlineRule,
  access: ['staff', 'admin'],
  async handle(input, { runtime, caller, now }) {
    return save(runtime.store, caller, input, now)
  },
})
