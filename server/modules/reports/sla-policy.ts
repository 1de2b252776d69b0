import type { ServiceTypeCode } from '../../../types/catalog/service-types'
import type { Urgency } from '../../../types/reports/schemas'
import type { WorkingCalendar } from '../calendar/working-calendar'
import { addWorkingMinutes } from '../calendar/working-hours'

/**
 * How a target's clock runs: `working` counts Asia/Shanghai office hours on working days only;
 * `calendar` counts every hour, nights and weekends included (trade fairs run on weekends, and a
 * complaint at a fair is lost if it waits for Monday).
 */
export type SlaClock = 'working' | 'calendar'

/** Hours allowed before the first response and before resolution, per service type. */
export interface SlaTargets {
  firstResponseHours: number
  /** Default `working`. */
  firstResponseClock?: SlaClock
  resolutionHours: number
}

/**
 * Defaults: first response within 24 working hours, trade-fair cases within 4 hours on a running
 * clock (fairs last days and a complaint desk passes complaints on within 24 hours). Resolution
 * targets follow the nature of the work: 7 working days for acceptance-style decisions, longer for
 * filing strategy.
 */
export const DEFAULT_SLA_TARGETS: Readonly<Record<ServiceTypeCode, SlaTargets>> = {
  overseas_filing: { firstResponseHours: 24, resolutionHours: 15 * 9 },
  dispute_response: { firstResponseHours: 24, resolutionHours: 10 * 9 },
  early_warning: { firstResponseHours: 24, resolutionHours: 7 * 9 },
  trademark_squatting: { firstResponseHours: 24, resolutionHours: 10 * 9 },
  trade_fair: { firstResponseHours: 4, firstResponseClock: 'calendar', resolutionHours: 3 * 9 },
}

/**
 * Urgency tightens the first response (never loosens it): the earlier of the service's target and
 * this one applies. 紧急: one working day (9 hours); 特急: 2 working hours.
 */
export const URGENCY_FIRST_RESPONSE: Readonly<Record<Urgency, { hours: number; clock: SlaClock } | null>> = {
  normal: null,
  urgent: { hours: 9, clock: 'working' },
  critical: { hours: 2, clock: 'working' },
}

/** Reopen is allowed this long after resolution; the unrated reminder goes out after RATING_REMINDER_DAYS. */
export const REOPEN_WINDOW_DAYS = 14
export const RATING_REMINDER_DAYS = 3

export function slaTargetsFor(serviceType: ServiceTypeCode, overrides: Partial<Record<ServiceTypeCode, SlaTargets>> = {}): SlaTargets {
  return overrides[serviceType] ?? DEFAULT_SLA_TARGETS[serviceType]
}

/** The instant `hours` after `start` on the given clock. */
export function addClockHours(calendar: WorkingCalendar, start: Date, hours: number, clock: SlaClock): Date {
  return clock === 'calendar' ? new Date(start.getTime() + hours * 3_600_000) : addWorkingMinutes(calendar, start, hours * 60)
}

/** When the first response is due for a report submitted at `now`, and on which clock it runs. */
export function firstResponseDue(
  calendar: WorkingCalendar,
  now: Date,
  serviceType: ServiceTypeCode,
  urgency: Urgency,
  overrides?: Partial<Record<ServiceTypeCode, SlaTargets>>,
): { dueAt: Date; clock: SlaClock } {
  const targets = slaTargetsFor(serviceType, overrides)
  const candidates = [{ hours: targets.firstResponseHours, clock: targets.firstResponseClock ?? 'working' }, URGENCY_FIRST_RESPONSE[urgency]]
  return candidates
    .filter((c): c is { hours: number; clock: SlaClock } => c !== null)
    .map((c) => ({ dueAt: addClockHours(calendar, now, c.hours, c.clock), clock: c.clock }))
    .reduce((earliest, c) => (c.dueAt < earliest.dueAt ? c : earliest))
}
