import { getTicket as contract } from '../../../../types/salons/contracts'
import { defineHandler } from '../../../core/define-handler'
import { notFound } from '../../../core/app-error'
import { registrations, sessions } from '../registration-repository'
import { detailOf, ticketOf } from '../session-view'
import { ticketSecretOf } from '../ticket-secret'

export const getTicketHandler = defineHandler({
  contract,
  access: 'signed-in',
  async handle({ registrationId }, { runtime, caller }) {
    const reg = await registrations(runtime.store).get(registrationId)
    if (!reg || reg.userId !== caller.userId) throw notFound('报名记录不存在')
    const session = await sessions(runtime.store).mustGet(reg.sessionId)
    const secret = ticketSecretOf(runtime)
    const { myRegistrations: _mine, ...detail } = await detailOf(runtime.store, session, null, secret, reg.status === 'confirmed')
    return { ...(await ticketOf(runtime.store, reg, secret)), session: detail }
  },
})
