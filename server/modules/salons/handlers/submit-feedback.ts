import { submitFeedback as contract } from '../../../../types/salons/contracts'
import { defineHandler } from '../../../core/define-handler'
import { submitFeedback as rate } from '../feedback'
import { ticketOf } from '../session-view'

export const submitFeedbackHandler = defineHandler({
  contract,
  access: 'signed-in',
  async handle(input, { runtime, caller, now }) {
    return ticketOf(runtime.store, await rate(runtime.store, caller, input, now), null)
  },
})
