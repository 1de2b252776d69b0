import type { DeadlineRule, LegalDeadline } from '../../../types/deadlines/schemas'
import { STALE_AFTER_MONTHS } from '../../../types/deadlines/schemas'
import { inShanghai } from '../../../types/time'
import { addMonths, isWeekend, lastDayOf, lastMomentOf } from '../../../types/deadlines/period-arithmetic'
import type { DeadlineRuleRecord } from './records'

/**
 * The deadline of one report from one rule revision. Computed once and stored with the revision
 * used: a later staff correction applies to new reports and is shown on this one, not applied.
 */
export function computeLegalDeadline(rule: DeadlineRuleRecord, triggerDate: string, now: Date): LegalDeadline {
  const lastDay = rule.period ? lastDayOf(triggerDate, rule.period, rule.countsTriggerDay) : null
  const withExtensions = rule.period && rule.maxWithExtensions ? lastDayOf(triggerDate, rule.maxWithExtensions, rule.countsTriggerDay) : null
  return {
    ruleId: rule._id,
    ruleRevision: rule.revision,
    office: rule.office,
    officeName: rule.officeName,
    procedure: rule.procedure,
    trigger: rule.trigger,
    triggerDate,
    period: rule.period,
    countsTriggerDay: rule.countsTriggerDay,
    extension: rule.extension,
    maxWithExtensions: rule.maxWithExtensions,
    timeZone: rule.timeZone,
    lastDay,
    lastMomentAt: lastDay ? lastMomentOf(lastDay, rule.timeZone).toISOString() : null,
    lastDayWithExtensions: withExtensions,
    endsOnWeekend: lastDay ? isWeekend(lastDay) : false,
    note: rule.note,
    sourceUrl: rule.sourceUrl,
    sourceCitation: rule.sourceCitation,
    verifiedOn: rule.verifiedOn,
    confidence: rule.confidence,
    computedAt: now.toISOString(),
    escalatedAt: null,
  }
}

/** Never verified, or last verified more than STALE_AFTER_MONTHS months before today (Shanghai). */
export function isStale(verifiedOn: string | null, now: Date): boolean {
  if (!verifiedOn) return true
  return addMonths(verifiedOn, STALE_AFTER_MONTHS) < inShanghai(now).format('YYYY-MM-DD')
}

export function toDeadlineRule(record: DeadlineRuleRecord, now: Date): DeadlineRule {
  const { _id, revision, updatedAt, createdAt: _c, createdBy: _cb, updatedBy: _ub, ...fields } = record
  return { ...fields, ruleId: _id, revision, updatedAt, stale: isStale(record.verifiedOn, now) }
}
