import type { RuleChange } from '../../../types/deadlines/schemas'
import type { DocumentStore } from '../../ports/document-store'
import { deadlineRules } from '../deadlines/deadline-rules'
import type { ReportRecord } from './records'

/**
 * A report keeps the deadline computed from the rule revision it used. When staff have corrected
 * the rule since, the report says so (the newer revision and when) instead of silently changing.
 */
export async function legalRuleChange(store: DocumentStore, report: ReportRecord): Promise<RuleChange | null> {
  const deadline = report.legalDeadline
  if (!deadline) return null
  const rule = await deadlineRules(store).getById(deadline.ruleId)
  if (!rule || rule.revision === deadline.ruleRevision) return null
  return { currentRevision: rule.revision, updatedAt: rule.updatedAt }
}
