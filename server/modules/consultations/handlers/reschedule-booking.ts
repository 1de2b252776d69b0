import { rescheduleBooking } from '../../../../types/consultations/contracts'
import { defineHandler } from '../../../core/define-handler'
import { toBookingView } from '../booking-view'
import * as change from '../change-booking'
import { workingCalendar } from '../working-calendar'

export const rescheduleBookingHandler = defineHandler({
  contract: rescheduleBooking,
  access: 'signed-in',
  handle: async (input, { runtime, caller, now }) => toBookingView(await change.rescheduleBooking(runtime.store, caller, input, now, await workingCalendar(runtime.store, now))),
})
