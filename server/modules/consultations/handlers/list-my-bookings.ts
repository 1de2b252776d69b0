import { listMyBookings } from '../../../../types/consultations/contracts'
import { defineHandler } from '../../../core/define-handler'
import { toBookingView } from '../booking-view'
import * as lists from '../list-bookings'

export const listMyBookingsHandler = defineHandler({
  contract: listMyBookings,
  access: ['liaison'],
  handle: async (input, { runtime, caller, now }) => ({
    items: (await lists.listEnterpriseBookings(runtime.store, caller, input.scope, now)).map(toBookingView),
  }),
})
