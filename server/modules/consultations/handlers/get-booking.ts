import { getBooking } from '../../../../types/consultations/contracts'
import { defineHandler } from '../../../core/define-handler'
import { loadBookingFor } from '../booking-access'
import { toBookingView } from '../booking-view'

export const getBookingHandler = defineHandler({
  contract: getBooking,
  access: 'signed-in',
  handle: async (input, { runtime, caller }) => {
    const { booking, parties } = await loadBookingFor(runtime.store, caller, input.bookingId, ['enterprise', 'provider', 'staff'])
    return { ...toBookingView(booking), viewer: parties }
  },
})
