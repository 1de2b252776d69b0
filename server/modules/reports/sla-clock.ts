import type { DocumentStore } from '../../ports/document-store'
import { loadWorkingCalendar } from '../calendar/calendar-store'
import type { WorkingCalendar } from '../calendar/working-calendar'
import { addWorkingMinutes, workingMinutesBetween } from '../calendar/working-hours'
import type { ReportSla } from './records'

/** Fields to set when the case starts waiting for the enterprise: the clock stops. */
export function pauseSla(sla: ReportSla, now: Date): Record<string, unknown> {
  return sla.pausedAt ? {} : { 'sla.pausedAt': now.toISOString() }
}

/**
 * Fields to set when the wait ends: the working time left before each open target at the pause
 * is kept, counted again from now. A target already breached keeps its breach record.
 */
export function resumeSla(calendar: WorkingCalendar, sla: ReportSla, now: Date): Record<string, unknown> {
  if (!sla.pausedAt) return {}
  const pausedAt = new Date(sla.pausedAt)
  const shift = (due: string) => addWorkingMinutes(calendar, now, workingMinutesBetween(calendar, pausedAt, new Date(due))).toISOString()
  return {
    'sla.pausedAt': null,
    'sla.resolutionDueAt': shift(sla.resolutionDueAt),
    ...(sla.firstRespondedAt === null ? { 'sla.firstResponseDueAt': shift(sla.firstResponseDueAt) } : {}),
  }
}

/** `resumeSla` with the stored calendar, read only when the clock is actually paused. */
export async function resumeSlaFields(store: DocumentStore, sla: ReportSla, now: Date): Promise<Record<string, unknown>> {
  return sla.pausedAt ? resumeSla(await loadWorkingCalendar(store, now), sla, now) : {}
}
