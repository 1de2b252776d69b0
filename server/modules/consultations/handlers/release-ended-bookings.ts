import { releaseEndedBookings } from '../../../../types/consultations/contracts'
import { defineHandler } from '../../../core/define-handler'
import { releaseEndedBookings as release } from '../release-ended-bookings'

export const releaseEndedBookingsHandler = defineHandler({
  contract: releaseEndedBookings,
  access: 'timer',
  handle: (_input, { runtime, now }) => release(runtime.store, now),
})
