import { listDeadlineRuleRevisions } from '../../../../types/deadlines/contracts'
import { defineHandler } from '../../../core/define-handler'
import { listRevisions } from '../../revisions/list-revisions'

export const listDeadlineRuleRevisionsHandler = defineHandler({
  contract: listDeadlineRuleRevisions,
  access: ['staff', 'admin'],
  async handle({ ruleId, page, pageSize }, { runtime }) {
    return listRevisions(runtime.store, ruleId, page, pageSize)
  },
})
