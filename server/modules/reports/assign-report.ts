import { URGENCY_LABELS, type Assignee } from '../../../types/reports/schemas'
import type { DocumentStore } from '../../ports/document-store'
import { applyTransition } from './apply-transition'
import { candidateKey, chooseAssignee } from './assignment-rules'
import { claimCaseSlot } from './claim-case-slot'
import { loadCandidates } from './load-candidates'
import { notifyParties } from './notify-parties'
import type { ReportEventRecord, ReportRecord } from './records'
import { reportRepository } from './report-repository'
import { staffUserIds } from './staff-recipients'

export interface AssignContext {
  actorUserId: string | null
  actorRole: ReportEventRecord['actorRole']
  /** Shown before the rule's reasoning on the timeline, e.g. the decline reason. */
  preface?: string
  /** The event type recorded: `assigned` at intake, `declined` when an assignee hands it back. */
  eventType: 'assigned' | 'declined'
  /** `kind:id` to leave out in addition to earlier decliners. */
  declinedKey?: string
}

/**
 * Runs the assignment rule for a report that needs an owner and records the outcome (who and why)
 * on the timeline. Nobody eligible: the report goes (or stays) unassigned and staff are told.
 */
export async function assignReport(store: DocumentStore, report: ReportRecord, context: AssignContext, now: Date): Promise<ReportRecord> {
  const repo = reportRepository(store)
  const declinedBy = context.declinedKey ? [...new Set([...report.declinedBy, context.declinedKey])] : report.declinedBy
  const candidates = await loadCandidates(store, report.serviceType)
  const request = { serviceType: report.serviceType, ipType: report.ipType, countries: report.countries, exclude: declinedBy, lastKey: await repo.lastKey(report.serviceType) }
  let decision = chooseAssignee(request, candidates)
  // The rule's choice holds only with a capacity slot claimed for this report; a candidate whose
  // slots all went to concurrent assignments is full, and the rule runs again without it.
  while (decision.chosen !== null && !(await claimCaseSlot(store, decision.chosen, report._id, now))) {
    const chosenKey = candidateKey(decision.chosen)
    const full = candidates.findIndex((c) => candidateKey(c) === chosenKey)
    const current = candidates[full]
    if (!current || current.maxOpenCases === null) break
    candidates[full] = { ...current, openCases: current.maxOpenCases }
    decision = chooseAssignee(request, candidates)
  }
  const text = [context.preface, `自动分派：${decision.reason}`].filter(Boolean).join('；')
  const staff = await staffUserIds(store)
  // The enterprise reads who, not why: the rule's reasoning names other candidates and case loads.
  const publicText = decision.chosen
    ? `${context.eventType === 'declined' ? '原承办方无法承办，已改派给' : '已分派给'}${decision.chosen.name}`
    : '正在为您安排合适的专家或机构，工作人员会尽快处理'
  const event = { type: context.eventType, text, publicText, actorUserId: context.actorUserId, actorRole: context.actorRole }

  if (decision.chosen === null) {
    if (report.status === 'unassigned') {
      // Already unassigned (intake): no status change, only the reasoning and a word to staff.
      const eventId = `${report._id}__nomatch_v${report.version}`
      await repo.appendEvent({ _id: eventId, reportId: report._id, ...event, type: 'unassigned', at: now.toISOString(), fromStatus: null, toStatus: null })
      await notifyParties(store, report, {
        eventKey: eventId.replace(/__/g, '.'),
        recipients: staff,
        actorUserId: null,
        title: report.urgency === 'normal' ? '有上报需要人工分派' : `${URGENCY_LABELS[report.urgency]}上报需要人工分派`,
        summary: `${report.number}：${decision.reason}`,
        at: now,
        // Nobody will act on it until staff do: a push at once, whatever the hour.
        kind: 'escalation',
      })
      return report
    }
    return applyTransition(
      store,
      report,
      { to: 'unassigned', set: { assignee: null, declinedBy }, event, alsoNotify: staff, urgent: true, notice: { title: '上报待人工分派', summary: publicText } },
      now,
    )
  }

  const chosen = decision.chosen
  const assignee: Assignee = { kind: chosen.kind, id: chosen.id, name: chosen.name, userId: chosen.userId }
  const updated = await applyTransition(
    store,
    report,
    { to: 'assigned', set: { assignee, declinedBy }, event, notice: { title: `上报已分派给${chosen.name}`, summary: publicText } },
    now,
  )
  await repo.setLastKey(report.serviceType, candidateKey(chosen), now.toISOString())
  return updated
}
