import { createAgency } from '../../../../types/directory/contracts'
import { defineHandler } from '../../../core/define-handler'
import { CURATOR_ROLES } from '../../shared/curator-roles'
import { toAgencyView } from '../agency-view'
import { createAgency as create } from '../create-agency'

export const createAgencyHandler = defineHandler({
  contract: createAgency,
  access: CURATOR_ROLES,
  async handle(fields, { runtime, caller, now }) {
    return toAgencyView(await create(runtime.store, caller, fields, now))
  },
})
