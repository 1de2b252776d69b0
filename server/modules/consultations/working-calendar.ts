import { CALENDAR_2026 } from '../reports/holidays-2026'
import type { CalendarView } from './slot-generation'

/**
 * The working calendar consultations follow. The one seam to the calendar's source: today the
 * reports module's 2026 list; when the calendar moves into the database, only this changes.
 */
export function workingCalendar(): CalendarView {
  return {
    isHoliday: (date) => CALENDAR_2026.holidays.has(date),
    isMakeupWorkday: (date) => CALENDAR_2026.makeupWorkdays.has(date),
  }
}
