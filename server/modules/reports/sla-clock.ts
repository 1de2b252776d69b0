import type { DocumentStore } from '../../ports/document-store'
import { loadWorkingCalendar } from '../calendar/calendar-store'
import type { WorkingCalendar } from '../calendar/working-calendar'
import { addWorkingMinutes, workingMinutesBetween } from '../calendar/working-hours'
import type { ReportRecord, ReportSla } from './records'

/** Fields to set when the case starts waiting for the enterprise: the clock stops. */
export function pauseSla(sla: ReportSla, now: Date): Record<string, unknown> {
  return sla.pausedAt ? {} : { 'sla.pausedAt': now.toISOString() }
}

/**
 * Fields to set when the wait ends: the working time left before each open target at the pause
 * is kept, counted again from now. A target already breached keeps its breach record. The wait is
 * added to `pausedWorkingMinutes`, so the resolution time excludes it.
 */
export function resumeSla(calendar: WorkingCalendar, sla: ReportSla, now: Date): Record<string, unknown> {
  if (!sla.pausedAt) return {}
  const pausedAt = new Date(sla.pausedAt)
  const shift = (due: string) => addWorkingMinutes(calendar, now, workingMinutesBetween(calendar, pausedAt, new Date(due))).toISOString()
  // A running (calendar) clock keeps the elapsed time left, nights and weekends included.
  const shiftCalendar = (due: string) => new Date(now.getTime() + Math.max(0, Date.parse(due) - pausedAt.getTime())).toISOString()
  const shiftFirst = sla.firstResponseClock === 'calendar' ? shiftCalendar : shift
  return {
    'sla.pausedAt': null,
    'sla.pausedWorkingMinutes': (sla.pausedWorkingMinutes ?? 0) + workingMinutesBetween(calendar, pausedAt, now),
    'sla.resolutionDueAt': shift(sla.resolutionDueAt),
    ...(sla.firstRespondedAt === null ? { 'sla.firstResponseDueAt': shiftFirst(sla.firstResponseDueAt) } : {}),
  }
}

/**
 * The first response, once: its instant and the working minutes since submission. Stored at the
 * transition (not computed at read time) so dashboards take medians and shares in the database.
 */
export function firstResponseFields(calendar: WorkingCalendar, report: ReportRecord, now: Date): Record<string, unknown> {
  if (report.sla.firstRespondedAt) return {}
  return {
    'sla.firstRespondedAt': now.toISOString(),
    'sla.firstResponseWorkingMinutes': workingMinutesBetween(calendar, new Date(report.createdAt), now),
  }
}

/** On resolution: the clock resumes if paused, and the working minutes from submission, waits excluded. */
export function resolutionFields(calendar: WorkingCalendar, report: ReportRecord, now: Date): Record<string, unknown> {
  const resumed = resumeSla(calendar, report.sla, now)
  const paused = (resumed['sla.pausedWorkingMinutes'] as number | undefined) ?? report.sla.pausedWorkingMinutes ?? 0
  return {
    ...resumed,
    'sla.resolutionWorkingMinutes': Math.max(0, workingMinutesBetween(calendar, new Date(report.createdAt), now) - paused),
  }
}

/** `resumeSla` with the stored calendar, read only when the clock is actually paused. */
export async function resumeSlaFields(store: DocumentStore, sla: ReportSla, now: Date): Promise<Record<string, unknown>> {
  return sla.pausedAt ? resumeSla(await loadWorkingCalendar(store, now), sla, now) : {}
}
