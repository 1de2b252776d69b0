import { FUNCTION_NAMES } from '../../types/function-names'
import { defineCloudFunction } from '../core/cloud-function'
import { bookConsultationHandler } from '../modules/consultations/handlers/book-consultation'
import { cancelBookingHandler } from '../modules/consultations/handlers/cancel-booking'
import { getAvailabilityHandler } from '../modules/consultations/handlers/get-availability'
import { getBookingHandler } from '../modules/consultations/handlers/get-booking'
import { listAllBookingsHandler } from '../modules/consultations/handlers/list-all-bookings'
import { listMyBookingsHandler } from '../modules/consultations/handlers/list-my-bookings'
import { listProviderBookingsHandler } from '../modules/consultations/handlers/list-provider-bookings'
import { listProvidersHandler } from '../modules/consultations/handlers/list-providers'
import { listSlotsHandler } from '../modules/consultations/handlers/list-slots'
import { markAttendanceHandler } from '../modules/consultations/handlers/mark-attendance'
import { rateBookingHandler } from '../modules/consultations/handlers/rate-booking'
import { releaseEndedBookingsHandler } from '../modules/consultations/handlers/release-ended-bookings'
import { recordOutcomeHandler } from '../modules/consultations/handlers/record-outcome'
import { rescheduleBookingHandler } from '../modules/consultations/handlers/reschedule-booking'
import { saveAvailabilityHandler } from '../modules/consultations/handlers/save-availability'
import { CONSULTATIONS_COLLECTIONS } from '../modules/consultations/records'
import { DIRECTORY_COLLECTIONS } from '../modules/directory/records'
import { CALENDAR_COLLECTIONS } from '../modules/calendar/records'
import { EXPERTS_COLLECTIONS } from '../modules/experts/records'
import { MESSAGING_COLLECTIONS } from '../modules/messaging/records'
import { REPORTS_COLLECTIONS } from '../modules/reports/records'
import { USERS_COLLECTIONS } from '../modules/users/records'
import { consultationReportHooks } from './consultation-report-hooks'

/**
 * Consultation booking with experts and designated agencies: availability, slots, booking with
 * atomic slot claims and counters, reschedule, cancel, attendance, outcome and rating. Reminders
 * are outbox rows with `notBefore`, written at booking time; the dispatcher sends them. The timer
 * (`releaseEndedBookings`) only returns ended bookings' places in their enterprise's open limit.
 */
export const consultationsFunction = defineCloudFunction(
  FUNCTION_NAMES.consultations,
  [
    getAvailabilityHandler,
    saveAvailabilityHandler,
    listProvidersHandler,
    listSlotsHandler,
    bookConsultationHandler(consultationReportHooks),
    rescheduleBookingHandler(consultationReportHooks),
    cancelBookingHandler(consultationReportHooks),
    getBookingHandler,
    listMyBookingsHandler,
    listProviderBookingsHandler,
    listAllBookingsHandler,
    markAttendanceHandler,
    recordOutcomeHandler,
    rateBookingHandler,
    releaseEndedBookingsHandler,
  ],
  // Experts and agencies are read as providers; users for callers and enterprises; reports to check a linked one
  // and to put its bookings on that report's timeline (consultation-report-hooks.ts).
  [...CONSULTATIONS_COLLECTIONS, ...MESSAGING_COLLECTIONS, ...EXPERTS_COLLECTIONS, ...DIRECTORY_COLLECTIONS, ...USERS_COLLECTIONS, ...REPORTS_COLLECTIONS,
    // The working calendar: slots fall on working days only.
    ...CALENDAR_COLLECTIONS],
)
