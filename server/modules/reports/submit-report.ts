import { createHash } from 'node:crypto'
import type { ReportInput } from '../../../types/reports/schemas'
import { inShanghai } from '../../../types/time'
import { forbidden } from '../../core/app-error'
import type { Caller } from '../../core/caller'
import type { DocumentStore } from '../../ports/document-store'
import { loadUser } from '../users/load-user'
import { ENTERPRISES, type EnterpriseRecord } from '../users/records'
import { assignReport } from './assign-report'
import { assertOwnAttachments } from './attachment-ownership'
import { syncDeadlineReminders } from './deadline-reminders'
import { tightenForLegalDeadline } from './deadline-sla'
import { legalDeadlineForIntake } from './legal-deadline-intake'
import { NO_LEGAL_DEADLINE, type ReportRecord } from './records'
import { reportRepository } from './report-repository'
import { slaTargetsFor } from './sla-policy'
import { addWorkingMinutes } from './working-hours'

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

  const user = await loadUser(store, caller)
  const enterprise = user.enterpriseId ? await store.collection<EnterpriseRecord>(ENTERPRISES).getById(user.enterpriseId) : null
  if (!enterprise || !enterprise.liaisonUserIds.includes(user._id)) throw forbidden('请先完成企业认证，再以联络员身份上报')

  const legalDeadline = await legalDeadlineForIntake(store, input, now)
  const at = now.toISOString()
  const targets = slaTargetsFor(input.serviceType)
  const due = tightenForLegalDeadline(
    { firstResponseDueAt: addWorkingMinutes(now, targets.firstResponseHours * 60), resolutionDueAt: addWorkingMinutes(now, targets.resolutionHours * 60) },
    legalDeadline,
    now,
    addWorkingMinutes,
  )
  const record: ReportRecord = {
    _id: id,
    number: `R${inShanghai(now).format('YYYYMMDD')}-${id.slice(4, 10).toUpperCase()}`,
    enterpriseId: enterprise._id,
    enterpriseName: enterprise.name,
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
      resolutionDueAt: due.resolutionDueAt.toISOString(),
      firstRespondedAt: null,
      pausedAt: null,
      firstResponseBreachedAt: null,
      resolutionBreachedAt: null,
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
  return assigned
}
