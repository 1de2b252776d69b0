import { FUNCTION_NAMES } from '../../types/function-names'
import { defineCloudFunction } from '../core/cloud-function'
import { MESSAGING_COLLECTIONS } from '../modules/messaging/records'
import { cancelRegistrationHandler } from '../modules/salons/handlers/cancel-registration'
import { cancelSessionHandler } from '../modules/salons/handlers/cancel-session'
import { checkInHandler } from '../modules/salons/handlers/check-in'
import { confirmHoldHandler } from '../modules/salons/handlers/confirm-hold'
import { createSessionHandler } from '../modules/salons/handlers/create-session'
import { expireHoldsHandler } from '../modules/salons/handlers/expire-holds'
import { exportAttendeesHandler } from '../modules/salons/handlers/export-attendees'
import { getSessionHandler } from '../modules/salons/handlers/get-session'
import { getSessionStatsHandler } from '../modules/salons/handlers/get-session-stats'
import { getTicketHandler } from '../modules/salons/handlers/get-ticket'
import { listMyRegistrationsHandler } from '../modules/salons/handlers/list-my-registrations'
import { listSessionsHandler } from '../modules/salons/handlers/list-sessions'
import { listStaffSessionsHandler } from '../modules/salons/handlers/list-staff-sessions'
import { publishSessionHandler } from '../modules/salons/handlers/publish-session'
import { registerForSessionHandler } from '../modules/salons/handlers/register-for-session'
import { searchAttendeesHandler } from '../modules/salons/handlers/search-attendees'
import { submitFeedbackHandler } from '../modules/salons/handlers/submit-feedback'
import { updateSessionHandler } from '../modules/salons/handlers/update-session'
import { SALONS_COLLECTIONS } from '../modules/salons/records'
import { USERS_COLLECTIONS } from '../modules/users/records'

/**
 * Training salons and seminars: sessions, the seat ledger and waiting list, signed e-tickets,
 * check-in, feedback and stats. Timer `expireHolds` passes lapsed holds on. Reminders are outbox
 * rows due before the start (the dispatcher sends them); nothing here calls WeChat.
 */
export const salonsFunction = defineCloudFunction(
  FUNCTION_NAMES.salons,
  [
    listSessionsHandler,
    getSessionHandler,
    registerForSessionHandler,
    cancelRegistrationHandler,
    confirmHoldHandler,
    getTicketHandler,
    listMyRegistrationsHandler,
    submitFeedbackHandler,
    listStaffSessionsHandler,
    createSessionHandler,
    updateSessionHandler,
    publishSessionHandler,
    cancelSessionHandler,
    checkInHandler,
    searchAttendeesHandler,
    getSessionStatsHandler,
    exportAttendeesHandler,
    expireHoldsHandler,
  ],
  // Users to resolve callers and read their enterprise; the outbox for notices and reminders.
  [...SALONS_COLLECTIONS, ...MESSAGING_COLLECTIONS, ...USERS_COLLECTIONS],
)
