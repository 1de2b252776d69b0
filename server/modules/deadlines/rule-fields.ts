import type { DeadlineRuleFields } from '../../../types/deadlines/schemas'
import type { FieldChange } from '../../../types/revisions/schemas'
import { diffFields } from '../revisions/diff-fields'
import type { DeadlineRuleRecord } from './records'

/** Labels of the revision history, in the order the staff form shows them. */
export const DEADLINE_RULE_FIELD_LABELS: Readonly<Record<keyof DeadlineRuleFields, string>> = {
  office: '官方机构简称',
  officeName: '官方机构名称',
  regions: '适用国家/地区',
  procedure: '程序',
  trigger: '起算事件',
  period: '期限',
  countsTriggerDay: '起算日当天计入',
  extension: '延期说明',
  maxWithExtensions: '延期后最长期限',
  timeZone: '官方所在时区',
  note: '说明',
  sourceUrl: '来源链接',
  sourceCitation: '来源',
  verifiedOn: '核实日期',
  confidence: '可信度',
}

export function ruleChanges(before: DeadlineRuleRecord | null, after: DeadlineRuleRecord): FieldChange[] {
  return diffFields(before, after, DEADLINE_RULE_FIELD_LABELS)
}
