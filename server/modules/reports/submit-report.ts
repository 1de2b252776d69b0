import { createHash } from 'node:crypto'
import { URGENCY_LABELS, type ReportInput } from '../../../types/reports/schemas'
import { inShanghai } from '../../../types/time'
import { AppError, forbidden } from '../../core/app-error'
import type { Caller } from '../../core/caller'
import type { DocumentStore } from '../../ports/document-store'
import { loadUser } from '../users/load-user'
import { ENTERPRISES, type EnterpriseRecord } from '../users/records'
import { assignReport } from './assign-report'
import { assertOwnAttachments } from './attachment-ownership'
import { syncDeadlineReminders } from './deadline-reminders'
import { tightenForLegalDeadline } from './deadline-sla'
import { legalDeadlineForIntake } from './legal-deadline-intake'
import { notifyParties } from './notify-parties'
import { NO_LEGAL_DEADLINE, type ReportRecord } from './records'
import { reportRepository } from './report-repository'
import { staffUserIds } from './staff-recipients'
import { firstResponseDue, slaTargetsFor } from './sla-policy'
import { loadWorkingCalendar } from '../calendar/calendar-store'
import { addWorkingMinutes } from '../calendar/working-hours'

export function reportIdFor(userId: string, idempotencyKey: string): string {
  return `rpt_${createHash('sha256').update(`report:${userId}:${idempotencyKey}`).digest('hex').slice(0, 24)}`
}

/**
 * A liaison of a verified enterprise reports an issue. The id derives from (user, idempotency key)
 * and the write is insert-unless-exists, so a double tap or a retry returns the first report and
 * never assigns twice. Everything is validated before the one insert: nothing is half-written.
 */
export async function submitReport(store: DocumentStore, caller: Caller, input: ReportInput, now: Date): Promise<ReportRecord> {
  const repo = reportRepository(store)
  const id = reportIdFor(caller.userId, input.idempotencyKey)
  const existing = await repo.get(id)
  if (existing) return existing
  assertOwnAttachments(input.attachments, caller.userId, input.idempotencyKey)

  assertDeadlineNotPast(input.deadline, now)
  const user = await loadUser(store, caller)
  const enterprise = user.enterpriseId ? await store.collection<EnterpriseRecord>(ENTERPRISES).getById(user.enterpriseId) : null
  if (!enterprise || !enterprise.liaisonUserIds.includes(user._id)) throw forbidden('请先完成企业认证，再以联络员身份上报')

  const legalDeadline = await legalDeadlineForIntake(store, input, now)
  const at = now.toISOString()
  const targets = slaTargetsFor(input.serviceType)
  const calendar = await loadWorkingCalendar(store, now)
  const addMinutes = (from: Date, minutes: number) => addWorkingMinutes(calendar, from, minutes)
  const firstResponse = firstResponseDue(calendar, now, input.serviceType, input.urgency)
  // Urgency sets the first-response target; a near legal deadline abroad can only tighten it.
  const due = tightenForLegalDeadline(
    { firstResponseDueAt: firstResponse.dueAt, resolutionDueAt: addMinutes(now, targets.resolutionHours * 60) },
    legalDeadline,
    now,
    addMinutes,
  )
  const record: ReportRecord = {
    _id: id,
    number: `R${inShanghai(now).format('YYYYMMDD')}-${id.slice(4, 10).toUpperCase()}`,
    enterpriseId: enterprise._id,
    enterpriseName: enterprise.name,
    district: enterprise.district ?? null,
    submittedBy: caller.userId,
    serviceType: input.serviceType,
    ipType: input.ipType,
    countries: input.countries,
    industry: input.industry,
    counterpart: input.counterpart,
    deadline: input.deadline,
    urgency: input.urgency,
    description: input.description.replace(/\r\n?/g, '\n'),
    attachments: input.attachments,
    status: 'unassigned',
    version: 1,
    assignee: null,
    declinedBy: [],
    escalated: false,
    sla: {
      firstResponseDueAt: due.firstResponseDueAt.toISOString(),
      firstResponseClock: firstResponse.clock,
      resolutionDueAt: due.resolutionDueAt.toISOString(),
      firstRespondedAt: null,
      pausedAt: null,
      firstResponseBreachedAt: null,
      resolutionBreachedAt: null,
      firstResponseWorkingMinutes: null,
      resolutionWorkingMinutes: null,
      pausedWorkingMinutes: 0,
    },
    resolution: null,
    rating: null,
    ratingReminderAt: null,
    createdAt: at,
    updatedAt: at,
    legalDeadline,
    legalDueSortKey: legalDeadline?.lastMomentAt ?? NO_LEGAL_DEADLINE,
    tradeFair: input.tradeFair,
  }
  if (!(await repo.insertUnlessExists(record))) {
    // A concurrent submit with the same key won the insert: answer with its report.
    const winner = await repo.get(id)
    if (!winner) throw new Error(`report ${id} missing after a lost insert`)
    return winner
  }
  await repo.appendEvent({
    _id: `${id}__v1`,
    reportId: id,
    type: 'submitted',
    at,
    actorUserId: caller.userId,
    actorRole: 'enterprise',
    fromStatus: null,
    toStatus: 'unassigned',
    text: null,
  })
  const assigned = await assignReport(store, record, { actorUserId: null, actorRole: 'system', eventType: 'assigned' }, now)
  // Also when nobody could be assigned (no transition ran): the liaison is reminded regardless.
  await syncDeadlineReminders(store, assigned, now)
  // Unmatched reports already sent staff an urgent word (assignReport); matched urgent ones do here.
  if (record.urgency !== 'normal' && assigned.assignee) await notifyStaffOfUrgentReport(store, assigned, now)
  return assigned
}

/**
 * A key deadline (hearing, reply date, fair opening) already past on the Shanghai calendar is
 * refused: the case cannot be planned around it, and the liaison should call rather than wait.
 */
export function assertDeadlineNotPast(deadline: string | null, now: Date): void {
  if (deadline === null) return
  const today = inShanghai(now).format('YYYY-MM-DD')
  if (deadline < today) {
    const message = `关键期限 ${deadline} 已经过去，请核对日期；如果期限紧迫，请直接拨打服务热线`
    throw new AppError('VALIDATION_FAILED', message, [{ path: ['deadline'], message }])
  }
}

/** Staff hear of every 紧急/特急 report at once (a push that skips quiet hours), matched or not. */
async function notifyStaffOfUrgentReport(store: DocumentStore, report: ReportRecord, now: Date): Promise<void> {
  const who = report.assignee ? `已分派给${report.assignee.name}，请关注首次响应` : ''
  await notifyParties(store, report, {
    eventKey: `${report._id}.urgent_intake`,
    recipients: await staffUserIds(store),
    actorUserId: null,
    title: `${URGENCY_LABELS[report.urgency]}上报：${report.enterpriseName}`,
    summary: `${report.number}（${URGENCY_LABELS[report.urgency]}）${who}。`,
    at: now,
    kind: 'escalation',
  })
}
