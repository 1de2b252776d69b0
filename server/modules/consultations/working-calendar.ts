import type { DocumentStore } from '../../ports/document-store'
import { loadWorkingCalendar } from '../calendar/calendar-store'
import type { WorkingCalendar } from '../calendar/working-calendar'
import type { CalendarView } from './slot-generation'

/**
 * The working calendar consultations follow: the one the bureau maintains in the database
 * (holidays and 调休 make-up days per year), loaded once per call.
 */
export function calendarView(calendar: WorkingCalendar): CalendarView {
  return {
    isHoliday: (date) => calendar.years.get(Number(date.slice(0, 4)))?.holidays.has(date) ?? false,
    isMakeupWorkday: (date) => calendar.years.get(Number(date.slice(0, 4)))?.makeupWorkdays.has(date) ?? false,
  }
}

export async function workingCalendar(store: DocumentStore, now: Date): Promise<CalendarView> {
  return calendarView(await loadWorkingCalendar(store, now))
}
