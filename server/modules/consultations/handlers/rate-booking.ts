import { rateBooking } from '../../../../types/consultations/contracts'
import { defineHandler } from '../../../core/define-handler'
import * as after from '../after-consultation'
import { toBookingView } from '../booking-view'

export const rateBookingHandler = defineHandler({
  contract: rateBooking,
  access: ['liaison'],
  handle: async (input, { runtime, caller, now }) => toBookingView(await after.rateBooking(runtime.store, caller, input, now)),
})
