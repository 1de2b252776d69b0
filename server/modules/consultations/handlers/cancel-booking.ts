import { cancelBooking } from '../../../../types/consultations/contracts'
import { defineHandler } from '../../../core/define-handler'
import { toBookingView } from '../booking-view'
import * as change from '../change-booking'

export const cancelBookingHandler = defineHandler({
  contract: cancelBooking,
  access: 'signed-in',
  handle: async (input, { runtime, caller, now }) => toBookingView(await change.cancelBooking(runtime.store, caller, input, now)),
})
