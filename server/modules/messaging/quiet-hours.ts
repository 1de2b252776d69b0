import { dayjs, inShanghai, SHANGHAI } from '../../../types/time'

/** Local hours in Asia/Shanghai; start > end means the window spans midnight (22 → 8). */
export interface QuietHours {
  startHour: number
  endHour: number
}

export const DEFAULT_QUIET_HOURS: QuietHours = { startHour: 22, endHour: 8 }

export function isQuietTime(instant: Date, quiet: QuietHours = DEFAULT_QUIET_HOURS): boolean {
  const hour = inShanghai(instant).hour()
  return quiet.startHour > quiet.endHour
    ? hour >= quiet.startHour || hour < quiet.endHour
    : hour >= quiet.startHour && hour < quiet.endHour
}

/**
 * When a notification may go out: non-urgent ones that fall in quiet hours wait until the window
 * ends (08:00 Shanghai by default, the same morning or the next one); urgent ones go at once.
 * Computed on the Shanghai calendar through the timezone database, never by adding 8 hours.
 */
export function deferForQuietHours(instant: Date, urgent: boolean, quiet: QuietHours = DEFAULT_QUIET_HOURS): Date {
  if (urgent || !isQuietTime(instant, quiet)) return instant
  const local = inShanghai(instant)
  const endToday = dayjs.tz(`${local.format('YYYY-MM-DD')} ${String(quiet.endHour).padStart(2, '0')}:00:00`, SHANGHAI)
  const end = local.hour() >= quiet.endHour ? endToday.add(1, 'day') : endToday
  return end.toDate()
}
