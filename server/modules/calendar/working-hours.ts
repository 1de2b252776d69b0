import { dayjs, SHANGHAI, inShanghai } from '../../../types/time'
import { CALENDAR_2026, type WorkingCalendar } from './holidays-2026'

/** Office hours of the bureau and its helpers, Asia/Shanghai: 09:00–18:00 on working days. */
const OPEN = '09:00'
const CLOSE = '18:00'
const MINUTE = 60_000
/** Safety bound of the day walk: about two years. */
const MAX_DAYS = 800

export function isWorkingDay(date: string, calendar: WorkingCalendar = CALENDAR_2026): boolean {
  if (calendar.makeupWorkdays.has(date)) return true
  if (calendar.holidays.has(date)) return false
  const weekday = dayjs.tz(date, SHANGHAI).day()
  return weekday >= 1 && weekday <= 5
}

interface Window {
  open: number
  close: number
  nextDay: number
}

/** The office window of the Shanghai day containing `at` (epoch ms), or null on a day off. */
function dayWindow(at: number, calendar: WorkingCalendar): { window: Window | null; nextDay: number } {
  const date = inShanghai(at).format('YYYY-MM-DD')
  const nextDay = dayjs.tz(date, SHANGHAI).add(1, 'day').valueOf()
  if (!isWorkingDay(date, calendar)) return { window: null, nextDay }
  return {
    window: { open: dayjs.tz(`${date} ${OPEN}`, SHANGHAI).valueOf(), close: dayjs.tz(`${date} ${CLOSE}`, SHANGHAI).valueOf(), nextDay },
    nextDay,
  }
}

/** The instant `minutes` working minutes after `start` (0 minutes: `start` itself). */
export function addWorkingMinutes(start: Date, minutes: number, calendar: WorkingCalendar = CALENDAR_2026): Date {
  let remaining = minutes * MINUTE
  if (remaining <= 0) return new Date(start)
  let cursor = start.getTime()
  for (let day = 0; day < MAX_DAYS; day++) {
    const { window, nextDay } = dayWindow(cursor, calendar)
    if (window) {
      const from = Math.max(cursor, window.open)
      const available = Math.max(0, window.close - from)
      if (remaining <= available) return new Date(from + remaining)
      remaining -= available
    }
    cursor = nextDay
  }
  throw new RangeError(`working-hour target of ${minutes} minutes is beyond ${MAX_DAYS} days`)
}

/** Working minutes between two instants (0 when `end` is not after `start`). */
export function workingMinutesBetween(start: Date, end: Date, calendar: WorkingCalendar = CALENDAR_2026): number {
  let total = 0
  let cursor = start.getTime()
  const stop = end.getTime()
  for (let day = 0; cursor < stop && day < MAX_DAYS; day++) {
    const { window, nextDay } = dayWindow(cursor, calendar)
    if (window) total += Math.max(0, Math.min(stop, window.close) - Math.max(cursor, window.open))
    cursor = nextDay
  }
  return Math.floor(total / MINUTE)
}
