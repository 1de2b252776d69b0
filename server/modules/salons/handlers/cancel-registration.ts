import { cancelRegistration as contract } from '../../../../types/salons/contracts'
import { defineHandler } from '../../../core/define-handler'
import { cancelRegistration as cancel } from '../registration-changes'
import { ticketOf } from '../session-view'

export const cancelRegistrationHandler = defineHandler({
  contract,
  access: 'signed-in',
  async handle({ registrationId }, { runtime, caller, now }) {
    return ticketOf(runtime.store, await cancel(runtime.store, caller, registrationId, now), null)
  },
})
