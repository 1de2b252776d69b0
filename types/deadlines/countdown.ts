import { dayjs } from '../time'

/**
 * Whole calendar days from today (in the office's zone) to the last day: 0 on the last day itself,
 * negative once it has passed. Shared by the server (reminders, SLA) and the pages (countdown).
 */
export function calendarDaysLeft(lastDay: string, timeZone: string, now: Date): number {
  const today = dayjs(now).tz(timeZone).format('YYYY-MM-DD')
  return Math.round((Date.parse(`${lastDay}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000)
}

/** The countdown as people read it. */
export function countdownText(lastDay: string, timeZone: string, now: Date): string {
  const days = calendarDaysLeft(lastDay, timeZone, now)
  if (days > 0) return `还剩 ${days} 天`
  if (days === 0) return '今天是最后一天'
  return `已过期 ${-days} 天`
}
