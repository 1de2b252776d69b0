import { invalidState } from '../../core/app-error'
import type { Caller } from '../../core/caller'
import type { DocumentStore } from '../../ports/document-store'
import { applyTransition } from './apply-transition'
import type { ReportRecord } from './records'
import { loadReportFor } from './report-access'
import { REOPEN_WINDOW_DAYS, slaTargetsFor } from './sla-policy'
import { loadWorkingCalendar } from '../calendar/calendar-store'
import { addWorkingMinutes } from '../calendar/working-hours'

const asEnterprise = (caller: Caller) => ({ actorUserId: caller.userId, actorRole: 'enterprise' as const })
const DAY = 24 * 3600_000

/** Only while nobody has accepted it; the status table refuses any later status. */
export async function withdrawReport(store: DocumentStore, caller: Caller, reportId: string, reason: string | undefined, now: Date): Promise<ReportRecord> {
  const { report } = await loadReportFor(store, caller, reportId, ['enterprise'])
  if (report.status !== 'unassigned' && report.status !== 'assigned') throw invalidState('上报已被接单处理，不能撤回；如有需要请留言说明')
  return applyTransition(
    store,
    report,
    {
      to: 'withdrawn',
      event: { type: 'withdrawn', text: reason ?? null, ...asEnterprise(caller) },
      notice: { title: '企业已撤回上报', summary: reason ?? `${report.number} 已撤回` },
    },
    now,
  )
}

export async function rateReport(
  store: DocumentStore,
  caller: Caller,
  reportId: string,
  rating: { score: number; comment: string | null },
  now: Date,
): Promise<ReportRecord> {
  const { report } = await loadReportFor(store, caller, reportId, ['enterprise'])
  return applyTransition(
    store,
    report,
    {
      to: 'closed',
      set: { rating: { ...rating, ratedAt: now.toISOString() } },
      event: { type: 'rated', text: `评分 ${rating.score} 分${rating.comment ? `：${rating.comment}` : ''}`, ...asEnterprise(caller) },
      notice: { title: `企业评价：${rating.score} 分`, summary: rating.comment ?? `${report.number} 已评价` },
    },
    now,
  )
}

/**
 * Within 14 days of resolution the case goes back to the same assignee, with a fresh resolution
 * target; earlier breaches stay on record. The previous resolution and rating remain on the timeline.
 */
export async function reopenReport(store: DocumentStore, caller: Caller, reportId: string, reason: string, now: Date): Promise<ReportRecord> {
  const { report } = await loadReportFor(store, caller, reportId, ['enterprise'])
  const resolvedAt = report.resolution ? new Date(report.resolution.resolvedAt).getTime() : null
  if ((report.status === 'resolved' || report.status === 'closed') && (resolvedAt === null || now.getTime() - resolvedAt > REOPEN_WINDOW_DAYS * DAY)) {
    throw invalidState(`办结超过 ${REOPEN_WINDOW_DAYS} 天的上报不能重新打开，请提交新的上报`)
  }
  const targets = slaTargetsFor(report.serviceType)
  return applyTransition(
    store,
    report,
    {
      to: 'in_progress',
      set: { resolution: null, rating: null, ratingReminderAt: null, 'sla.resolutionWorkingMinutes': null, 'sla.resolutionDueAt': addWorkingMinutes(await loadWorkingCalendar(store, now), now, targets.resolutionHours * 60).toISOString() },
      event: { type: 'reopened', text: reason, ...asEnterprise(caller) },
      notice: { title: '企业重新打开了上报', summary: reason },
    },
    now,
  )
}
