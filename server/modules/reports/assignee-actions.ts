import { OUTCOME_LABELS, type OutcomeCategory } from '../../../types/reports/schemas'
import { invalidState } from '../../core/app-error'
import type { Caller } from '../../core/caller'
import type { DocumentStore } from '../../ports/document-store'
import { applyTransition } from './apply-transition'
import { assignReport } from './assign-report'
import { candidateKey } from './assignment-rules'
import type { ReportRecord } from './records'
import { loadReportFor } from './report-access'
import { loadWorkingCalendar } from '../calendar/calendar-store'
import { firstResponseFields, pauseSla, resolutionFields } from './sla-clock'

const asAssignee = (caller: Caller) => ({ actorUserId: caller.userId, actorRole: 'assignee' as const })

/** Only the current assignee, and only once: concurrent accepts or a reassignment race end with one owner. */
export async function acceptReport(store: DocumentStore, caller: Caller, reportId: string, expectedVersion: number | undefined, now: Date): Promise<ReportRecord> {
  const { report } = await loadReportFor(store, caller, reportId, ['assignee'])
  const target = expectedVersion === undefined ? report : { ...report, version: expectedVersion }
  return applyTransition(
    store,
    target,
    {
      to: 'in_progress',
      set: firstResponseFields(await loadWorkingCalendar(store, now), report, now),
      event: { type: 'accepted', text: null, ...asAssignee(caller) },
      notice: { title: `${report.assignee?.name ?? '协助方'}已接单`, summary: `${report.number} 已开始处理` },
    },
    now,
  )
}

/** Hands the report back before accepting it; the rule engine picks someone else (or staff do). */
export async function declineReport(store: DocumentStore, caller: Caller, reportId: string, reason: string, now: Date): Promise<ReportRecord> {
  const { report } = await loadReportFor(store, caller, reportId, ['assignee'])
  if (report.status !== 'assigned' || report.assignee === null) throw invalidState('已接单的上报不能拒绝，如需转交请联系工作人员改派')
  return assignReport(
    store,
    report,
    { ...asAssignee(caller), eventType: 'declined', declinedKey: candidateKey(report.assignee), preface: `${report.assignee.name}拒绝：${reason}` },
    now,
  )
}

/** Asks the enterprise a question; the SLA clock stops until the enterprise answers. */
export async function requestMoreInfo(store: DocumentStore, caller: Caller, reportId: string, question: string, now: Date): Promise<ReportRecord> {
  const { report } = await loadReportFor(store, caller, reportId, ['assignee'])
  return applyTransition(
    store,
    report,
    {
      to: 'awaiting_info',
      set: pauseSla(report.sla, now),
      event: { type: 'info_requested', text: question, ...asAssignee(caller) },
      notice: { title: '需要您补充材料', summary: question },
    },
    now,
  )
}

export async function resolveReport(
  store: DocumentStore,
  caller: Caller,
  reportId: string,
  resolution: { summary: string; outcomeCategory: OutcomeCategory },
  now: Date,
): Promise<ReportRecord> {
  const { report } = await loadReportFor(store, caller, reportId, ['assignee'])
  return applyTransition(
    store,
    report,
    {
      to: 'resolved',
      set: { ...resolutionFields(await loadWorkingCalendar(store, now), report, now), resolution: { ...resolution, resolvedAt: now.toISOString() }, ratingReminderAt: null },
      event: { type: 'resolved', text: `【${OUTCOME_LABELS[resolution.outcomeCategory]}】${resolution.summary}`, ...asAssignee(caller) },
      notice: { title: '上报已办结，请评价', summary: resolution.summary },
    },
    now,
  )
}
