import { getAgency } from '../../../../types/directory/contracts'
import { defineHandler } from '../../../core/define-handler'
import { isCurator } from '../../shared/curator-roles'
import { toAgencyView } from '../agency-view'
import { getAgency as load } from '../get-agency'

export const getAgencyHandler = defineHandler({
  contract: getAgency,
  access: 'signed-in',
  async handle({ agencyId }, { runtime, caller }) {
    const curator = isCurator(caller.roles)
    const view = toAgencyView(await load(runtime.store, agencyId, curator))
    // Why staff suspended or restored an agency is a note between staff.
    return curator ? view : { ...view, statusReason: null }
  },
})
