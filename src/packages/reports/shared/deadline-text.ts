import {
  DEADLINE_PROCEDURE_LABELS,
  DEADLINE_TRIGGER_LABELS,
  PERIOD_UNIT_LABELS,
  type DeadlineProcedure,
  type DeadlineTrigger,
  type Period,
} from '../../../../types/deadlines/schemas'

export function periodText(period: Period): string {
  return `${period.amount} ${PERIOD_UNIT_LABELS[period.unit]}`
}

/** "自商标申请公告日起 30 天" — the rule in one line, for the form and the report. */
export function ruleText(rule: { trigger: DeadlineTrigger; period: Period | null; countsTriggerDay: boolean }): string {
  if (!rule.period) return '该国没有此程序，不计算日期'
  return `自${DEADLINE_TRIGGER_LABELS[rule.trigger]}起 ${periodText(rule.period)}${rule.countsTriggerDay ? '（含当日）' : ''}`
}

export function ruleTitle(rule: { office: string; officeName: string; procedure: DeadlineProcedure }): string {
  return `${rule.officeName}（${rule.office}）${DEADLINE_PROCEDURE_LABELS[rule.procedure]}`
}
