import type { LegalDeadline } from '../../../types/deadlines/schemas'
import type { ReportInput } from '../../../types/reports/schemas'
import { dayjs } from '../../../types/time'
import type { DocumentStore } from '../../ports/document-store'
import { computeLegalDeadline } from '../deadlines/compute-deadline'
import { fieldError, loadDeadlineRule } from '../deadlines/deadline-rules'

/** Legal deadlines apply to squatting and dispute reports, and to any patent matter. */
export function takesLegalDeadline(input: Pick<ReportInput, 'serviceType' | 'ipType'>): boolean {
  return input.serviceType === 'trademark_squatting' || input.serviceType === 'dispute_response' || input.ipType === 'patent'
}

/**
 * Checks the liaison's choice against the report and computes the last day from the rule's
 * current revision. Every problem is a field error in Chinese; nothing is stored before this passes.
 */
export async function legalDeadlineForIntake(store: DocumentStore, input: ReportInput, now: Date): Promise<LegalDeadline | null> {
  if (input.tradeFair && input.serviceType !== 'trade_fair') throw fieldError('tradeFair', '只有展会知识产权保护类上报需要填写展会信息')
  const choice = input.legalDeadline
  if (!choice) return null
  if (!takesLegalDeadline(input)) throw fieldError('legalDeadline', '只有商标抢注、纠纷应对和专利类上报可以填写法定期限')
  const rule = await loadDeadlineRule(store, choice.ruleId)
  const forPatent = rule.procedure !== 'trademark_opposition'
  if (forPatent !== (input.ipType === 'patent')) {
    throw fieldError('legalDeadline', `所选规则适用于${forPatent ? '专利' : '商标'}，与上报的知识产权类型不符`)
  }
  if (!rule.regions.some((region) => input.countries.includes(region))) {
    throw fieldError('legalDeadline', '所选规则的国家/地区不在本次上报涉及的国家/地区中，请先添加该国家/地区')
  }
  if (choice.triggerDate > dayjs(now).tz(rule.timeZone).format('YYYY-MM-DD')) {
    throw fieldError('legalDeadline.triggerDate', '起算日期不能晚于今天（按当地日期）')
  }
  return computeLegalDeadline(rule, choice.triggerDate, now)
}
