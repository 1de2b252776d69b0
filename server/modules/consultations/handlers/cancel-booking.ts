import { cancelBooking } from '../../../../types/consultations/contracts'
import { defineHandler } from '../../../core/define-handler'
import type { BookingHooks } from '../booking-hooks'
import { toBookingView } from '../booking-view'
import * as change from '../change-booking'

export function cancelBookingHandler(hooks: BookingHooks) {
  return defineHandler({
    contract: cancelBooking,
    access: 'signed-in',
    handle: async (input, { runtime, caller, now }) => {
      const booking = await change.cancelBooking(runtime.store, caller, input, now)
      await hooks.onBookingChanged?.(runtime.store, { booking, action: 'cancelled', fromStartAt: null, actorUserId: caller.userId, reason: booking.statusReason }, now)
      return toBookingView(booking)
    },
  })
}
