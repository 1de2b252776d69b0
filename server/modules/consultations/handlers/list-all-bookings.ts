import { listAllBookings } from '../../../../types/consultations/contracts'
import { defineHandler } from '../../../core/define-handler'
import { toBookingView } from '../booking-view'
import * as lists from '../list-bookings'

export const listAllBookingsHandler = defineHandler({
  contract: listAllBookings,
  access: ['staff', 'admin'],
  handle: async (input, { runtime }) => {
    const page = await lists.listAllBookings(runtime.store, input)
    return { ...page, items: page.items.map(toBookingView) }
  },
})
