import { dayjs, SHANGHAI } from '../../../types/time'

/** One year of the official arrangement: days off on weekdays and weekend days worked (调休上班). */
export interface CalendarYear {
  year: number
  holidays: ReadonlySet<string>
  makeupWorkdays: ReadonlySet<string>
}

/**
 * The working calendar: every year staff maintain, loaded once per call (`loadWorkingCalendar`)
 * and handed to pure functions. Dates are Asia/Shanghai calendar days `YYYY-MM-DD`. A year that is
 * not here is counted weekends-only, and `missingYears` says so, so callers can warn.
 */
export interface WorkingCalendar {
  years: ReadonlyMap<number, CalendarYear>
}

export function workingCalendarOf(
  years: Iterable<{ year: number; holidays: readonly string[]; makeupWorkdays: readonly string[] }>,
): WorkingCalendar {
  const map = new Map<number, CalendarYear>()
  for (const y of years) map.set(y.year, { year: y.year, holidays: new Set(y.holidays), makeupWorkdays: new Set(y.makeupWorkdays) })
  return { years: map }
}

export const EMPTY_CALENDAR: WorkingCalendar = { years: new Map() }

export function hasYear(calendar: WorkingCalendar, year: number): boolean {
  return calendar.years.has(year)
}

/** A working day: a make-up day, or a weekday that is not a holiday (weekends only for unknown years). */
export function isWorkingDay(calendar: WorkingCalendar, date: string): boolean {
  const year = calendar.years.get(Number(date.slice(0, 4)))
  if (year?.makeupWorkdays.has(date)) return true
  if (year?.holidays.has(date)) return false
  const weekday = dayjs.tz(date, SHANGHAI).day()
  return weekday >= 1 && weekday <= 5
}

/** Years (Asia/Shanghai) touched by the `days` days from `from` that the calendar does not have. */
export function missingYears(calendar: WorkingCalendar, from: Date, days: number): number[] {
  const first = dayjs(from).tz(SHANGHAI).year()
  const last = dayjs(from).tz(SHANGHAI).add(days, 'day').year()
  const missing: number[] = []
  for (let year = first; year <= last; year++) if (!calendar.years.has(year)) missing.push(year)
  return missing
}

/** How far ahead staff are warned about a year without a calendar. */
export const CALENDAR_WARNING_DAYS = 60
