import type { ServiceTypeCode } from '../../../types/catalog/service-types'

/** Working hours allowed before the first response and before resolution, per service type. */
export interface SlaTargets {
  firstResponseHours: number
  resolutionHours: number
}

/**
 * Defaults: first response within 24 working hours, trade-fair cases within 4 (fairs last days and
 * a complaint desk passes complaints on within 24 hours). Resolution targets follow the nature of
 * the work: 7 working days for acceptance-style decisions, longer for filing strategy.
 */
export const DEFAULT_SLA_TARGETS: Readonly<Record<ServiceTypeCode, SlaTargets>> = {
  overseas_filing: { firstResponseHours: 24, resolutionHours: 15 * 9 },
  dispute_response: { firstResponseHours: 24, resolutionHours: 10 * 9 },
  early_warning: { firstResponseHours: 24, resolutionHours: 7 * 9 },
  trademark_squatting: { firstResponseHours: 24, resolutionHours: 10 * 9 },
  trade_fair: { firstResponseHours: 4, resolutionHours: 3 * 9 },
}

/** Reopen is allowed this long after resolution; the unrated reminder goes out after RATING_REMINDER_DAYS. */
export const REOPEN_WINDOW_DAYS = 14
export const RATING_REMINDER_DAYS = 3

export function slaTargetsFor(serviceType: ServiceTypeCode, overrides: Partial<Record<ServiceTypeCode, SlaTargets>> = {}): SlaTargets {
  return overrides[serviceType] ?? DEFAULT_SLA_TARGETS[serviceType]
}
