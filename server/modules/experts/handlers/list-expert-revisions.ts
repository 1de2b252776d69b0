import { listExpertRevisions } from '../../../../types/experts/contracts'
import { defineHandler } from '../../../core/define-handler'
import { listRevisions } from '../../revisions/list-revisions'
import { CURATOR_ROLES } from '../../shared/curator-roles'

export const listExpertRevisionsHandler = defineHandler({
  contract: listExpertRevisions,
  access: CURATOR_ROLES,
  async handle({ expertId, page, pageSize }, { runtime }) {
    return listRevisions(runtime.store, expertId, page, pageSize)
  },
})
