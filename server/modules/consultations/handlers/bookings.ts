import {
  bookConsultation,
  cancelBooking,
  getBooking,
  listAllBookings,
  listMyBookings,
  listProviderBookings,
  rescheduleBooking,
} from '../../../../types/consultations/contracts'
import { defineHandler } from '../../../core/define-handler'
import * as book from '../book-consultation'
import { loadBookingFor } from '../booking-access'
import { toBookingView } from '../booking-view'
import * as change from '../change-booking'
import * as lists from '../list-bookings'
import { workingCalendar } from '../working-calendar'

export const bookConsultationHandler = defineHandler({
  contract: bookConsultation,
  access: ['liaison'],
  handle: async (input, { runtime, caller, now }) => toBookingView(await book.bookConsultation(runtime.store, caller, input, now, workingCalendar())),
})

export const rescheduleBookingHandler = defineHandler({
  contract: rescheduleBooking,
  access: 'signed-in',
  handle: async (input, { runtime, caller, now }) => toBookingView(await change.rescheduleBooking(runtime.store, caller, input, now, workingCalendar())),
})

export const cancelBookingHandler = defineHandler({
  contract: cancelBooking,
  access: 'signed-in',
  handle: async (input, { runtime, caller, now }) => toBookingView(await change.cancelBooking(runtime.store, caller, input, now)),
})

export const getBookingHandler = defineHandler({
  contract: getBooking,
  access: 'signed-in',
  handle: async (input, { runtime, caller }) =>
    toBookingView((await loadBookingFor(runtime.store, caller, input.bookingId, ['enterprise', 'provider', 'staff'])).booking),
})

export const listMyBookingsHandler = defineHandler({
  contract: listMyBookings,
  access: ['liaison'],
  handle: async (input, { runtime, caller, now }) => ({
    items: (await lists.listEnterpriseBookings(runtime.store, caller, input.scope, now)).map(toBookingView),
  }),
})

export const listProviderBookingsHandler = defineHandler({
  contract: listProviderBookings,
  access: ['expert', 'agency'],
  handle: async (input, { runtime, caller, now }) => ({
    items: (await lists.listBookingsOfProviderUser(runtime.store, caller, input.scope, now)).map(toBookingView),
  }),
})

export const listAllBookingsHandler = defineHandler({
  contract: listAllBookings,
  access: ['staff', 'admin'],
  handle: async (input, { runtime }) => {
    const page = await lists.listAllBookings(runtime.store, input)
    return { ...page, items: page.items.map(toBookingView) }
  },
})
