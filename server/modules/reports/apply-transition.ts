import type { ReportEventType, ReportStatus } from '../../../types/reports/schemas'
import { conflict } from '../../core/app-error'
import type { DocumentStore, Filter } from '../../ports/document-store'
import { syncDeadlineReminders } from './deadline-reminders'
import { notifyParties } from './notify-parties'
import type { ReportEventRecord, ReportRecord } from './records'
import { reportRepository } from './report-repository'
import { assertTransition } from './status-machine'

export interface Transition {
  to: ReportStatus
  /** Further fields to set with the status (dotted paths allowed). */
  set?: Record<string, unknown>
  push?: Record<string, unknown[]>
  event: {
    type: ReportEventType
    text: string | null
    /** What the enterprise reads when `text` holds staff-only reasoning. */
    publicText?: string | null
    actorUserId: string | null
    actorRole: ReportEventRecord['actorRole']
  }
  /** Who to tell besides the enterprise's submitter and the old and new assignee. */
  alsoNotify?: readonly string[]
  /** Push at once, even in quiet hours (default: when the report is 紧急 or 特急). */
  urgent?: boolean
  notice: { title: string; summary: string }
}

/**
 * One status change: checked against the status table, then ONE conditional update on
 * status + assignee + version, so two concurrent actions (accept vs reassign, double accept)
 * leave one consistent owner — the loser gets CONFLICT. The timeline event id is derived from the
 * new version, and notifications are deduplicated per event.
 */
export async function applyTransition(store: DocumentStore, report: ReportRecord, change: Transition, now: Date): Promise<ReportRecord> {
  return (await applyTransitionWithEvent(store, report, change, now)).report
}

/** The same, also answering the timeline event it wrote. */
export async function applyTransitionWithEvent(
  store: DocumentStore,
  report: ReportRecord,
  change: Transition,
  now: Date,
): Promise<{ report: ReportRecord; event: ReportEventRecord }> {
  assertTransition(report.status, change.to)
  const repo = reportRepository(store)
  const at = now.toISOString()
  const version = report.version + 1
  const condition: Filter = { status: report.status, version: report.version, 'assignee.userId': report.assignee?.userId ?? null }
  const applied = await repo.updateIf(
    report._id,
    { $set: { ...change.set, status: change.to, version, updatedAt: at }, ...(change.push ? { $push: change.push } : {}) },
    condition,
  )
  if (!applied) throw conflict('这份上报刚刚被其他人处理过，请刷新后查看最新状态')
  const updated = await repo.get(report._id)
  if (!updated) throw new Error(`report ${report._id} vanished after update`)
  const event = await repo.appendEvent({
    _id: `${report._id}__v${version}`,
    reportId: report._id,
    type: change.event.type,
    at,
    actorUserId: change.event.actorUserId,
    actorRole: change.event.actorRole,
    fromStatus: report.status,
    toStatus: change.to,
    text: change.event.text,
    ...(change.event.publicText !== undefined ? { publicText: change.event.publicText } : {}),
  })
  await notifyParties(store, updated, {
    eventKey: `${report._id}.v${version}`,
    recipients: [updated.submittedBy, updated.assignee?.userId, report.assignee?.userId, ...(change.alsoNotify ?? [])],
    actorUserId: change.event.actorUserId,
    title: change.notice.title,
    summary: change.notice.summary,
    at: now,
    kind: change.urgent ? 'escalation' : undefined,
  })
  await syncDeadlineReminders(store, updated, now)
  return { report: updated, event }
}
