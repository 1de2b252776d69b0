import { registerForSession as contract } from '../../../../types/salons/contracts'
import { defineHandler } from '../../../core/define-handler'
import { registerForSession as register } from '../register'
import { ticketOf } from '../session-view'
import { ticketSecretOf } from '../ticket-secret'

export const registerForSessionHandler = defineHandler({
  contract,
  access: 'signed-in',
  async handle(input, { runtime, caller, now }) {
    const secret = ticketSecretOf(runtime)
    const { records, positions } = await register(runtime.store, caller, input, now)
    return { registrations: await Promise.all(records.map((r) => ticketOf(runtime.store, r, secret, positions.get(r._id)))) }
  },
})
