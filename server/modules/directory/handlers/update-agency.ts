import { updateAgency } from '../../../../types/directory/contracts'
import { defineHandler } from '../../../core/define-handler'
import { CURATOR_ROLES } from '../../shared/curator-roles'
import { toAgencyView } from '../agency-view'
import { updateAgency as update } from '../update-agency'

export const updateAgencyHandler = defineHandler({
  contract: updateAgency,
  access: CURATOR_ROLES,
  async handle({ agencyId, expectedRevision, ...fields }, { runtime, caller, now }) {
    return toAgencyView(await update(runtime.store, caller, agencyId, expectedRevision, fields, now))
  },
})
