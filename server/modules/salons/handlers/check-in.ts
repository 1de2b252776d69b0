import { checkIn as contract } from '../../../../types/salons/contracts'
import { defineHandler } from '../../../core/define-handler'
import { checkIn as admit } from '../check-in'
import { ticketSecretOf } from '../ticket-secret'
import { CURATOR_ROLES as STAFF_ROLES } from '../../shared/curator-roles'

export const checkInHandler = defineHandler({
  contract,
  access: STAFF_ROLES,
  async handle(input, { runtime, caller, now }) {
    return admit(runtime.store, caller, input, ticketSecretOf(runtime), now)
  },
})
