import type { Period } from './schemas'
import { dayjs } from '../time'

/**
 * Calendar arithmetic on office dates (YYYY-MM-DD). Dates are plain calendar days with no zone:
 * the office's own date is what the law counts. Instants appear only at the end (lastMomentOf).
 */

function parts(date: string): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number)
  return [y, m, d]
}

function format(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

export function addDays(date: string, days: number): string {
  const [y, m, d] = parts(date)
  const t = new Date(Date.UTC(y, m - 1, d + days))
  return format(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate())
}

/**
 * Months end on the same calendar date; when that month is shorter, on its last day
 * (31 Jan + 1 month = 28 or 29 Feb; 31 Aug + 1 month = 30 Sep).
 */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = parts(date)
  const index = y * 12 + (m - 1) + months
  const year = Math.floor(index / 12)
  const month = (index % 12) + 1
  return format(year, month, Math.min(d, daysInMonth(year, month)))
}

export function addPeriod(date: string, period: Period): string {
  return period.unit === 'days' ? addDays(date, period.amount) : addMonths(date, period.amount)
}

/**
 * The last day to act. A period that starts the day after the trigger (the usual rule) ends on
 * the corresponding date; one that runs "beginning with" the trigger day ends the day before.
 */
export function lastDayOf(triggerDate: string, period: Period, countsTriggerDay: boolean): string {
  const end = addPeriod(triggerDate, period)
  return countsTriggerDay ? addDays(end, -1) : end
}

/** Saturday or Sunday. Foreign holidays are not guessed: only the weekend is flagged. */
export function isWeekend(date: string): boolean {
  const [y, m, d] = parts(date)
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay()
  return weekday === 0 || weekday === 6
}

/** The last millisecond of `date` at the office, as a UTC instant (DST handled by the tz database). */
export function lastMomentOf(date: string, timeZone: string): Date {
  return new Date(dayjs.tz(`${addDays(date, 1)} 00:00`, timeZone).valueOf() - 1)
}
