import { setAgencyCaseHandler } from '../../../../types/directory/contracts'
import { defineHandler } from '../../../core/define-handler'
import { CURATOR_ROLES } from '../../shared/curator-roles'
import { toAgencyView } from '../agency-view'
import { setAgencyCaseHandler as link } from '../set-agency-case-handler'

export const setAgencyCaseHandlerHandler = defineHandler({
  contract: setAgencyCaseHandler,
  access: CURATOR_ROLES,
  async handle(input, { runtime, caller, now }) {
    return toAgencyView(await link(runtime.store, caller, input, now))
  },
})
