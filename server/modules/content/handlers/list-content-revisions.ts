import { listContentRevisions } from '../../../../types/content/contracts'
import { defineHandler } from '../../../core/define-handler'
import { listRevisions } from '../../revisions/list-revisions'
import { CURATOR_ROLES } from '../../shared/curator-roles'

export const listContentRevisionsHandler = defineHandler({
  contract: listContentRevisions,
  access: CURATOR_ROLES,
  async handle({ contentId, page, pageSize }, { runtime }) {
    return listRevisions(runtime.store, contentId, page, pageSize)
  },
})
