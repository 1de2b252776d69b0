import type { DocumentStore } from '../../ports/document-store'
import { notifyParties } from './notify-parties'
import type { ReportRecord } from './records'
import { reportRepository } from './report-repository'

/** Staff step in when this many calendar days (or fewer) are left and nobody has answered yet. */
export const ESCALATION_MARGIN_DAYS = 7
const BATCH = 200

/**
 * The reports timer's legal-deadline check: a report whose last moment abroad is within the margin
 * and that is still unassigned, or assigned but not yet answered, goes to staff. Each report is
 * escalated once (conditional update on the empty `legalDeadline.escalatedAt`), with a timeline
 * event and a notice to staff and the assignee. Deadlines already passed are included: staff must
 * know, even if only a cancellation action is left.
 */
export async function escalateNearDeadlines(store: DocumentStore, now: Date, staff: readonly string[]): Promise<number> {
  const repo = reportRepository(store)
  const at = now.toISOString()
  const cutoff = new Date(now.getTime() + ESCALATION_MARGIN_DAYS * 24 * 3600_000).toISOString()
  const near: ReportRecord[] = await repo.find(
    {
      legalDueSortKey: { $lte: cutoff },
      status: { $in: ['unassigned', 'assigned'] },
      'sla.firstRespondedAt': null,
      'legalDeadline.escalatedAt': null,
    },
    { orderBy: [['legalDueSortKey', 'asc']], limit: BATCH },
  )
  let count = 0
  for (const report of near) {
    const deadline = report.legalDeadline
    if (!deadline?.lastDay) continue
    const applied = await repo.updateIf(
      report._id,
      { $set: { 'legalDeadline.escalatedAt': at, escalated: true, updatedAt: at } },
      { 'legalDeadline.escalatedAt': null, status: { $in: ['unassigned', 'assigned'] } },
    )
    if (!applied) continue
    count++
    const eventId = `${report._id}__deadline_escalated`
    const who = report.assignee ? `承办人${report.assignee.name}尚未响应` : '尚未分派'
    const text = `${deadline.officeName}的最后期限 ${deadline.lastDay}（当地日期）临近，${who}，已上报工作人员督办`
    await repo.appendEvent({ _id: eventId, reportId: report._id, type: 'deadline_escalated', at, actorUserId: null, actorRole: 'system', fromStatus: null, toStatus: null, text })
    await notifyParties(store, report, {
      eventKey: eventId.replace(/__/g, '.'),
      recipients: [...staff, report.assignee?.userId],
      actorUserId: null,
      title: '法定期限临近，请督办',
      summary: `${report.number}（${report.enterpriseName}）：${text}`,
      at: now,
      kind: 'escalation',
    })
  }
  return count
}
