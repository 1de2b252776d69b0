import dayjs from 'dayjs'
import timezone from 'dayjs/plugin/timezone'
import utc from 'dayjs/plugin/utc'

/**
 * The one configured dayjs module for client and functions. Instants are stored in UTC;
 * everything a person sees, and every calendar rule (working hours, quiet hours, cron), is in
 * Asia/Shanghai — computed through the timezone database, never by adding 8 hours by hand.
 */
dayjs.extend(utc)
dayjs.extend(timezone)

export const SHANGHAI = 'Asia/Shanghai'

export { dayjs }

export function inShanghai(instant: Date | string | number) {
  return dayjs(instant).tz(SHANGHAI)
}

/** Formats an instant for people: Asia/Shanghai whatever the device's zone; '' for an invalid instant. */
export function formatShanghai(instant: Date | string | number, format = 'YYYY-MM-DD HH:mm'): string {
  const parsed = dayjs(instant)
  return parsed.isValid() ? parsed.tz(SHANGHAI).format(format) : ''
}
