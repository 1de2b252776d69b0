import { listProviderBookings } from '../../../../types/consultations/contracts'
import { defineHandler } from '../../../core/define-handler'
import { toBookingView } from '../booking-view'
import * as lists from '../list-bookings'

export const listProviderBookingsHandler = defineHandler({
  contract: listProviderBookings,
  access: ['expert', 'agency'],
  handle: async (input, { runtime, caller, now }) => ({
    items: (await lists.listBookingsOfProviderUser(runtime.store, caller, input.scope, now)).map(toBookingView),
  }),
})
