import { procedureFitsIpType, takesLegalDeadline } from '../../../types/deadlines/applicability'
import type { LegalDeadline } from '../../../types/deadlines/schemas'
import type { ReportInput } from '../../../types/reports/schemas'
import { dayjs, inShanghai } from '../../../types/time'
import type { DocumentStore } from '../../ports/document-store'
import { computeLegalDeadline } from '../deadlines/compute-deadline'
import { fieldError, loadDeadlineRule } from '../deadlines/deadline-rules'

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
  if (!procedureFitsIpType(rule.procedure, input.ipType)) {
    throw fieldError('legalDeadline', `所选规则适用于${rule.procedure === 'trademark_opposition' ? '商标' : '专利'}，与上报的知识产权类型不符`)
  }
  if (!rule.regions.some((region) => input.countries.includes(region))) {
    throw fieldError('legalDeadline', '所选规则的国家/地区不在本次上报涉及的国家/地区中，请先添加该国家/地区')
  }
  // The liaison's calendar (Beijing) may be a day ahead of the office's: either "today" is accepted.
  const latest = [dayjs(now).tz(rule.timeZone), inShanghai(now)].map((d) => d.format('YYYY-MM-DD')).sort()[1]
  if (choice.triggerDate > latest) throw fieldError('legalDeadline.triggerDate', '起算日期不能晚于今天')
  return computeLegalDeadline(rule, choice.triggerDate, now)
}
