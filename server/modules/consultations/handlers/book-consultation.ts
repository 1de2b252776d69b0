import { bookConsultation } from '../../../../types/consultations/contracts'
import { defineHandler } from '../../../core/define-handler'
import * as book from '../book-consultation'
import { toBookingView } from '../booking-view'
import { workingCalendar } from '../working-calendar'

export const bookConsultationHandler = defineHandler({
  contract: bookConsultation,
  access: ['liaison'],
  handle: async (input, { runtime, caller, now }) => toBookingView(await book.bookConsultation(runtime.store, caller, input, now, await workingCalendar(runtime.store, now))),
})
