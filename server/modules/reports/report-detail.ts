import { TIMELINE_PAGE_SIZE, type ReportDetail, type ReportEventPage } from '../../../types/reports/schemas'
import type { Caller } from '../../core/caller'
import type { DocumentStore } from '../../ports/document-store'
import type { ReportRecord } from './records'
import { loadReportFor } from './report-access'
import { reportRepository } from './report-repository'
import { legalRuleChange } from './deadline-rule-change'
import { toReportDetail, toReportEvent } from './report-view'

/** The answer of every report action: the report with the newest page of its timeline. */
export async function detailOf(store: DocumentStore, report: ReportRecord): Promise<ReportDetail> {
  const [page, ruleChange] = await Promise.all([reportRepository(store).timelinePage(report._id, null, TIMELINE_PAGE_SIZE), legalRuleChange(store, report)])
  return toReportDetail(report, page.items, page.nextCursor, ruleChange)
}

/** Older events, for anyone who may see the report. */
export async function listReportEvents(store: DocumentStore, caller: Caller, reportId: string, before: string, limit: number): Promise<ReportEventPage> {
  await loadReportFor(store, caller, reportId, ['enterprise', 'assignee', 'staff'])
  const { items, nextCursor } = await reportRepository(store).timelinePage(reportId, before, limit)
  return { items: items.map(toReportEvent), nextCursor }
}

export async function getReport(store: DocumentStore, caller: Caller, reportId: string): Promise<ReportDetail> {
  const { report } = await loadReportFor(store, caller, reportId, ['enterprise', 'assignee', 'staff'])
  return detailOf(store, report)
}
