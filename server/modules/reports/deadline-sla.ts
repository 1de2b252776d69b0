import type { LegalDeadline } from '../../../types/deadlines/schemas'
import { calendarDaysLeft } from '../../../types/deadlines/countdown'

/** Fewer calendar days than this before the legal deadline: the first response is due within… */
export const NEAR_DEADLINE_DAYS = 10
/** …this many working hours. */
export const NEAR_DEADLINE_FIRST_RESPONSE_HOURS = 4

export interface SlaDue {
  firstResponseDueAt: Date
  resolutionDueAt: Date
}

/**
 * One rule among several that set the SLA (service type, urgency, …): it never loosens a target,
 * it only returns the tighter of what it was given and what the legal deadline requires —
 * a near deadline asks for a first response within NEAR_DEADLINE_FIRST_RESPONSE_HOURS working
 * hours, and nothing is due after the office's last moment (unless that has already passed:
 * a target in the past would only raise a breach nobody can avoid).
 */
export function tightenForLegalDeadline(
  due: SlaDue,
  deadline: LegalDeadline | null | undefined,
  now: Date,
  addWorkingMinutes: (from: Date, minutes: number) => Date,
): SlaDue {
  if (!deadline?.lastDay || !deadline.lastMomentAt) return due
  const lastMoment = new Date(deadline.lastMomentAt)
  let { firstResponseDueAt, resolutionDueAt } = due
  if (calendarDaysLeft(deadline.lastDay, deadline.timeZone, now) < NEAR_DEADLINE_DAYS) {
    firstResponseDueAt = earlier(firstResponseDueAt, addWorkingMinutes(now, NEAR_DEADLINE_FIRST_RESPONSE_HOURS * 60))
  }
  if (lastMoment.getTime() > now.getTime()) {
    firstResponseDueAt = earlier(firstResponseDueAt, lastMoment)
    resolutionDueAt = earlier(resolutionDueAt, lastMoment)
  }
  return { firstResponseDueAt, resolutionDueAt }
}

function earlier(a: Date, b: Date): Date {
  return a.getTime() <= b.getTime() ? a : b
}
