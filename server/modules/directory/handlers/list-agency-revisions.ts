import { listAgencyRevisions } from '../../../../types/directory/contracts'
import { defineHandler } from '../../../core/define-handler'
import { listRevisions } from '../../revisions/list-revisions'
import { CURATOR_ROLES } from '../../shared/curator-roles'

export const listAgencyRevisionsHandler = defineHandler({
  contract: listAgencyRevisions,
  access: CURATOR_ROLES,
  async handle({ agencyId, page, pageSize }, { runtime }) {
    return listRevisions(runtime.store, agencyId, page, pageSize)
  },
})
