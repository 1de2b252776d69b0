import { FUNCTION_NAMES } from '../../types/function-names'
import { defineCloudFunction } from '../core/cloud-function'
import { CALENDAR_COLLECTIONS } from '../modules/calendar/records'
import { getWorkingCalendarHandler } from '../modules/calendar/handlers/get-working-calendar'
import { previewHolidayNoticeHandler } from '../modules/calendar/handlers/preview-holiday-notice'
import { saveCalendarYearHandler } from '../modules/calendar/handlers/save-calendar-year'
import { USERS_COLLECTIONS } from '../modules/users/records'

/**
 * The working calendar staff maintain per year (holidays and 调休 working days from the State
 * Council's notice). Other functions read it through `loadWorkingCalendar`.
 */
export const calendarFunction = defineCloudFunction(
  FUNCTION_NAMES.calendar,
  [getWorkingCalendarHandler, previewHolidayNoticeHandler, saveCalendarYearHandler],
  // Users to resolve callers.
  [...CALENDAR_COLLECTIONS, ...USERS_COLLECTIONS],
)
