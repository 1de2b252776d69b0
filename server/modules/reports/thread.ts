import { invalidState } from '../../core/app-error'
import type { Caller } from '../../core/caller'
import { newId } from '../../core/new-id'
import type { DocumentStore } from '../../ports/document-store'
import type { PostedEvent } from '../../../types/reports/schemas'
import { applyTransitionWithEvent } from './apply-transition'
import { notifyParties } from './notify-parties'
import type { ReportEventRecord, ReportRecord } from './records'
import { isStaff, loadReportFor } from './report-access'
import { reportRepository } from './report-repository'
import { toReportEvent } from './report-view'
import { resumeSlaFields } from './sla-clock'

/** Appends a thread entry (no status change) and tells the other side. Answers the entry. */
async function appendEntry(
  store: DocumentStore,
  report: ReportRecord,
  entry: Pick<ReportEventRecord, 'type' | 'text' | 'actorUserId' | 'actorRole'>,
  title: string,
  now: Date,
): Promise<ReportEventRecord> {
  const eventId = newId('rev')
  const event = await reportRepository(store).appendEvent({ _id: eventId, reportId: report._id, ...entry, at: now.toISOString(), fromStatus: null, toStatus: null })
  await notifyParties(store, report, {
    eventKey: eventId,
    recipients: [report.submittedBy, report.assignee?.userId],
    actorUserId: entry.actorUserId,
    title,
    summary: entry.text ?? '',
    at: now,
  })
  return event
}

/**
 * The two-way thread between the enterprise and the assignee. An enterprise message while more
 * information is awaited is the answer: the case resumes and the SLA clock runs again. Answers only
 * what it wrote (never the timeline), so a post costs the same in a thread of any length.
 */
export async function postMessage(store: DocumentStore, caller: Caller, reportId: string, text: string, now: Date): Promise<PostedEvent> {
  const { report, party } = await loadReportFor(store, caller, reportId, ['enterprise', 'assignee'])
  if (report.status === 'withdrawn' || report.status === 'closed') throw invalidState('该上报已结束，不能再留言')
  const actor = { actorUserId: caller.userId, actorRole: party === 'enterprise' ? ('enterprise' as const) : ('assignee' as const) }
  if (party === 'enterprise' && report.status === 'awaiting_info') {
    const resumed = await applyTransitionWithEvent(
      store,
      report,
      { to: 'in_progress', set: await resumeSlaFields(store, report.sla, now), event: { type: 'message', text, ...actor }, notice: { title: '企业已补充材料', summary: text } },
      now,
    )
    return { event: toReportEvent(resumed.event, { userId: caller.userId, internal: isStaff(caller) }), status: resumed.report.status, version: resumed.report.version }
  }
  const event = await appendEntry(store, report, { type: 'message', text, ...actor }, party === 'enterprise' ? '企业发来新留言' : '协助方回复了您的上报', now)
  return { event: toReportEvent(event, { userId: caller.userId, internal: isStaff(caller) }), status: report.status, version: report.version }
}

/** Guidance from the assignee while the case is being worked. */
export async function provideGuidance(store: DocumentStore, caller: Caller, reportId: string, guidance: string, now: Date): Promise<ReportRecord> {
  const { report } = await loadReportFor(store, caller, reportId, ['assignee'])
  if (report.status !== 'in_progress') throw invalidState('请先接单，再提供指导意见')
  await appendEntry(store, report, { type: 'guidance', text: guidance, actorUserId: caller.userId, actorRole: 'assignee' }, '收到新的指导意见', now)
  return report
}
