import { dayjs, SHANGHAI, inShanghai } from '../../../types/time'
import { isWorkingDay, type WorkingCalendar } from './working-calendar'

/** Office hours of the bureau and its helpers, Asia/Shanghai: 09:00–18:00 on working days. */
const OPEN = '09:00'
const CLOSE = '18:00'
const MINUTE = 60_000
/** Safety bound of the day walk: about two years. */
const MAX_DAYS = 800

interface Window {
  open: number
  close: number
  nextDay: number
}

/** The office window of the Shanghai day containing `at` (epoch ms), or null on a day off. */
function dayWindow(at: number, calendar: WorkingCalendar): { window: Window | null; nextDay: number } {
  const date = inShanghai(at).format('YYYY-MM-DD')
  const nextDay = dayjs.tz(date, SHANGHAI).add(1, 'day').valueOf()
  if (!isWorkingDay(calendar, date)) return { window: null, nextDay }
  return {
    window: { open: dayjs.tz(`${date} ${OPEN}`, SHANGHAI).valueOf(), close: dayjs.tz(`${date} ${CLOSE}`, SHANGHAI).valueOf(), nextDay },
    nextDay,
  }
}

/** The instant `minutes` working minutes after `start` (0 minutes: `start` itself). */
export function addWorkingMinutes(calendar: WorkingCalendar, start: Date, minutes: number): Date {
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
export function workingMinutesBetween(calendar: WorkingCalendar, start: Date, end: Date): number {
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
