import type { ReportSla } from './records'
import { addWorkingMinutes, workingMinutesBetween } from './working-hours'

/** Fields to set when the case starts waiting for the enterprise: the clock stops. */
export function pauseSla(sla: ReportSla, now: Date): Record<string, unknown> {
  return sla.pausedAt ? {} : { 'sla.pausedAt': now.toISOString() }
}

/**
 * Fields to set when the wait ends: the working time left before each open target at the pause
 * is kept, counted again from now. A target already breached keeps its breach record.
 */
export function resumeSla(sla: ReportSla, now: Date): Record<string, unknown> {
  if (!sla.pausedAt) return {}
  const pausedAt = new Date(sla.pausedAt)
  const shift = (due: string) => addWorkingMinutes(now, workingMinutesBetween(pausedAt, new Date(due))).toISOString()
  // A running (calendar) clock keeps the elapsed time left, nights and weekends included.
  const shiftCalendar = (due: string) => new Date(now.getTime() + Math.max(0, Date.parse(due) - pausedAt.getTime())).toISOString()
  const shiftFirst = sla.firstResponseClock === 'calendar' ? shiftCalendar : shift
  return {
    'sla.pausedAt': null,
    'sla.resolutionDueAt': shift(sla.resolutionDueAt),
    ...(sla.firstRespondedAt === null ? { 'sla.firstResponseDueAt': shiftFirst(sla.firstResponseDueAt) } : {}),
  }
}
