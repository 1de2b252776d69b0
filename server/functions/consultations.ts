import { FUNCTION_NAMES } from '../../types/function-names'
import { defineCloudFunction } from '../core/cloud-function'
import { getAvailabilityHandler, saveAvailabilityHandler } from '../modules/consultations/handlers/availability'
import { listProvidersHandler, listSlotsHandler } from '../modules/consultations/handlers/browse'
import {
  bookConsultationHandler,
  cancelBookingHandler,
  getBookingHandler,
  listAllBookingsHandler,
  listMyBookingsHandler,
  listProviderBookingsHandler,
  rescheduleBookingHandler,
} from '../modules/consultations/handlers/bookings'
import { markAttendanceHandler, rateBookingHandler, recordOutcomeHandler } from '../modules/consultations/handlers/after'
import { CONSULTATIONS_COLLECTIONS } from '../modules/consultations/records'
import { DIRECTORY_COLLECTIONS } from '../modules/directory/records'
import { EXPERTS_COLLECTIONS } from '../modules/experts/records'
import { MESSAGING_COLLECTIONS } from '../modules/messaging/records'
import { USERS_COLLECTIONS } from '../modules/users/records'

/**
 * Consultation booking with experts and designated agencies: availability, slots, booking with
 * atomic slot claims and counters, reschedule, cancel, attendance, outcome and rating. Reminders
 * are outbox rows with `notBefore`, written at booking time; the dispatcher sends them, so this
 * function needs no timer of its own.
 */
export const consultationsFunction = defineCloudFunction(
  FUNCTION_NAMES.consultations,
  [
    getAvailabilityHandler,
    saveAvailabilityHandler,
    listProvidersHandler,
    listSlotsHandler,
    bookConsultationHandler,
    rescheduleBookingHandler,
    cancelBookingHandler,
    getBookingHandler,
    listMyBookingsHandler,
    listProviderBookingsHandler,
    listAllBookingsHandler,
    markAttendanceHandler,
    recordOutcomeHandler,
    rateBookingHandler,
  ],
  // Experts and agencies are read as providers; users for callers and enterprises.
  [...CONSULTATIONS_COLLECTIONS, ...MESSAGING_COLLECTIONS, ...EXPERTS_COLLECTIONS, ...DIRECTORY_COLLECTIONS, ...USERS_COLLECTIONS],
)
