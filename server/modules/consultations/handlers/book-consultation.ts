import { bookConsultation } from '../../../../types/consultations/contracts'
import { defineHandler } from '../../../core/define-handler'
import * as book from '../book-consultation'
import type { BookingHooks } from '../booking-hooks'
import { toBookingView } from '../booking-view'
import { workingCalendar } from '../working-calendar'

export function bookConsultationHandler(hooks: BookingHooks) {
  return defineHandler({
    contract: bookConsultation,
    access: ['liaison'],
    handle: async (input, { runtime, caller, now }) => {
      const booking = await book.bookConsultation(runtime.store, caller, input, now, await workingCalendar(runtime.store, now))
      // Also on a retry of the same key: the hook is idempotent and heals a crash after the insert.
      if (booking.version === 1 && booking.liaisonUserId === caller.userId) {
        await hooks.onBookingChanged?.(runtime.store, { booking, action: 'booked', fromStartAt: null, actorUserId: caller.userId, reason: null }, now)
      }
      return toBookingView(booking)
    },
  })
}
