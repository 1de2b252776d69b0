import { getAgency } from '../../../../types/directory/contracts'
import { defineHandler } from '../../../core/define-handler'
import { isCurator } from '../../shared/curator-roles'
import { toAgencyView } from '../agency-view'
import { getAgency as load } from '../get-agency'

export const getAgencyHandler = defineHandler({
  contract: getAgency,
  access: 'signed-in',
  async handle({ agencyId }, { runtime, caller }) {
    return toAgencyView(await load(runtime.store, agencyId, isCurator(caller.roles)))
  },
})
