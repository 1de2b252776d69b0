import type { ReportDetail } from '../../../types/reports/schemas'
import type { Caller } from '../../core/caller'
import type { DocumentStore } from '../../ports/document-store'
import type { ReportRecord } from './records'
import { isStaff, loadReportFor } from './report-access'
import { reportRepository } from './report-repository'
import { legalRuleChange } from './deadline-rule-change'
import { toReportDetail } from './report-view'

/** The answer of every report action: the report with its timeline as the caller may read it. */
export async function detailOf(store: DocumentStore, caller: Caller, report: ReportRecord): Promise<ReportDetail> {
  const viewer = { userId: caller.userId, internal: isStaff(caller) }
  const [timeline, ruleChange] = await Promise.all([reportRepository(store).timeline(report._id), legalRuleChange(store, report)])
  return toReportDetail(report, timeline, viewer, ruleChange)
}

export async function getReport(store: DocumentStore, caller: Caller, reportId: string): Promise<ReportDetail> {
  const { report } = await loadReportFor(store, caller, reportId, ['enterprise', 'assignee', 'staff'])
  return detailOf(store, caller, report)
}
