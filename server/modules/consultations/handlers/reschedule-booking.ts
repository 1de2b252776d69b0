import { rescheduleBooking } from '../../../../types/consultations/contracts'
import { defineHandler } from '../../../core/define-handler'
import type { BookingHooks } from '../booking-hooks'
import { toBookingView } from '../booking-view'
import * as change from '../change-booking'
import { workingCalendar } from '../working-calendar'

export function rescheduleBookingHandler(hooks: BookingHooks) {
  return defineHandler({
    contract: rescheduleBooking,
    access: 'signed-in',
    handle: async (input, { runtime, caller, now }) => {
      const booking = await change.rescheduleBooking(runtime.store, caller, input, now, await workingCalendar(runtime.store, now))
      const move = booking.history.at(-1)
      await hooks.onBookingChanged?.(
        runtime.store,
        { booking, action: 'rescheduled', fromStartAt: move?.fromStartAt ?? null, actorUserId: caller.userId, reason: move?.reason ?? null },
        now,
      )
      return toBookingView(booking)
    },
  })
}
