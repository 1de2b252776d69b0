import { setAgencyStatus } from '../../../../types/directory/contracts'
import { defineHandler } from '../../../core/define-handler'
import { CURATOR_ROLES } from '../../shared/curator-roles'
import { toAgencyView } from '../agency-view'
import { setAgencyStatus as setStatus } from '../set-agency-status'

export const setAgencyStatusHandler = defineHandler({
  contract: setAgencyStatus,
  access: CURATOR_ROLES,
  async handle(input, { runtime, caller, now }) {
    const record = await setStatus(runtime.store, caller, { ...input, reason: input.reason ?? null }, now)
    return toAgencyView(record)
  },
})
