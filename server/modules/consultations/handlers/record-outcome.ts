import { recordOutcome } from '../../../../types/consultations/contracts'
import { defineHandler } from '../../../core/define-handler'
import * as after from '../after-consultation'
import { toBookingView } from '../booking-view'

export const recordOutcomeHandler = defineHandler({
  contract: recordOutcome,
  access: ['expert', 'agency'],
  handle: async (input, { runtime, caller, now }) => toBookingView(await after.recordOutcome(runtime.store, caller, input, now)),
})
