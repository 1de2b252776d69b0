import { listEnterpriseRevisions } from '../../../../types/users/contracts'
import { defineHandler } from '../../../core/define-handler'
import { listRevisions } from '../../revisions/list-revisions'
import { assertMayEditEnterprise } from '../update-enterprise'

export const listEnterpriseRevisionsHandler = defineHandler({
  contract: listEnterpriseRevisions,
  access: 'signed-in',
  async handle({ enterpriseId, page, pageSize }, { runtime, caller }) {
    await assertMayEditEnterprise(runtime.store, caller, enterpriseId)
    return listRevisions(runtime.store, enterpriseId, page, pageSize)
  },
})
