import { confirmHold as contract } from '../../../../types/salons/contracts'
import { defineHandler } from '../../../core/define-handler'
import { confirmHold as confirm } from '../registration-changes'
import { ticketOf } from '../session-view'
import { ticketSecretOf } from '../ticket-secret'

export const confirmHoldHandler = defineHandler({
  contract,
  access: 'signed-in',
  async handle({ registrationId }, { runtime, caller, now }) {
    return ticketOf(runtime.store, await confirm(runtime.store, caller, registrationId, now), ticketSecretOf(runtime))
  },
})
