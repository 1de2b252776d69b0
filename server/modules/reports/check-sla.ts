import type { DocumentStore, Filter } from '../../ports/document-store'
import { notifyParties } from './notify-parties'
import type { ReportRecord } from './records'
import { reportRepository } from './report-repository'
import { RATING_REMINDER_DAYS } from './sla-policy'
import { escalateNearDeadlines } from './escalate-near-deadlines'
import { staffUserIds } from './staff-recipients'

/** Reports handled per kind and run; the rest wait for the next run (the timer fires every 10 minutes). */
const BATCH = 200

type Breach = 'firstResponse' | 'resolution'

const BREACH_FILTERS: Record<Breach, (at: string) => Filter> = {
  firstResponse: (at) => ({
    status: { $in: ['unassigned', 'assigned'] },
    'sla.firstRespondedAt': null,
    'sla.pausedAt': null,
    'sla.firstResponseBreachedAt': null,
    'sla.firstResponseDueAt': { $lte: at },
  }),
  resolution: (at) => ({
    status: { $in: ['unassigned', 'assigned', 'in_progress'] },
    'sla.pausedAt': null,
    'sla.resolutionBreachedAt': null,
    'sla.resolutionDueAt': { $lte: at },
  }),
}

const BREACH_TEXT: Record<Breach, string> = { firstResponse: '超过首次响应时限', resolution: '超过办结时限' }

/**
 * Escalates overdue reports: each breach is recorded once (conditional update on the empty breach
 * field), appended to the timeline and sent to staff and the assignee. Nothing is ever reset.
 */
async function escalate(store: DocumentStore, kind: Breach, now: Date, staff: readonly string[]): Promise<number> {
  const repo = reportRepository(store)
  const at = now.toISOString()
  const field = kind === 'firstResponse' ? 'sla.firstResponseBreachedAt' : 'sla.resolutionBreachedAt'
  const overdue = await repo.find(BREACH_FILTERS[kind](at), { orderBy: [['createdAt', 'asc']], limit: BATCH })
  let count = 0
  for (const report of overdue) {
    if (!(await repo.updateIf(report._id, { $set: { [field]: at, escalated: true, updatedAt: at } }, { [field]: null }))) continue
    count++
    const due = kind === 'firstResponse' ? report.sla.firstResponseDueAt : report.sla.resolutionDueAt
    const eventId = `${report._id}__breach_${kind}`
    await repo.appendEvent({
      _id: eventId,
      reportId: report._id,
      type: 'sla_breached',
      at,
      actorUserId: null,
      actorRole: 'system',
      fromStatus: null,
      toStatus: null,
      text: `${BREACH_TEXT[kind]}（应于 ${due} 前），已上报工作人员督办`,
    })
    await notifyParties(store, report, {
      eventKey: eventId.replace(/__/g, '.'),
      recipients: [...staff, report.assignee?.userId],
      actorUserId: null,
      title: `上报${BREACH_TEXT[kind]}`,
      summary: `${report.number}（${report.enterpriseName}）${BREACH_TEXT[kind]}，请督办`,
      at: now,
      kind: 'escalation',
    })
  }
  return count
}

/** One reminder per resolution for reports the enterprise has not rated. */
async function remindUnrated(store: DocumentStore, now: Date): Promise<number> {
  const repo = reportRepository(store)
  const at = now.toISOString()
  const cutoff = new Date(now.getTime() - RATING_REMINDER_DAYS * 24 * 3600_000).toISOString()
  const unrated: ReportRecord[] = await repo.find(
    { status: 'resolved', ratingReminderAt: null, 'resolution.resolvedAt': { $lte: cutoff } },
    { orderBy: [['createdAt', 'asc']], limit: BATCH },
  )
  let count = 0
  for (const report of unrated) {
    if (!(await repo.updateIf(report._id, { $set: { ratingReminderAt: at } }, { ratingReminderAt: null, status: 'resolved' }))) continue
    count++
    const eventId = `${report._id}__remind_v${report.version}`
    await repo.appendEvent({ _id: eventId, reportId: report._id, type: 'rating_reminded', at, actorUserId: null, actorRole: 'system', fromStatus: null, toStatus: null, text: null })
    await notifyParties(store, report, {
      eventKey: eventId.replace(/__/g, '.'),
      recipients: [report.submittedBy],
      actorUserId: null,
      title: '请为本次协助评价',
      summary: `${report.number} 已办结，欢迎评价服务满意度`,
      at: now,
      kind: 'reminder',
    })
  }
  return count
}

export async function checkSla(store: DocumentStore, now: Date) {
  const staff = await staffUserIds(store)
  return {
    firstResponseBreaches: await escalate(store, 'firstResponse', now, staff),
    resolutionBreaches: await escalate(store, 'resolution', now, staff),
    ratingReminders: await remindUnrated(store, now),
    deadlineEscalations: await escalateNearDeadlines(store, now, staff),
  }
}
