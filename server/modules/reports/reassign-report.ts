import type { Assignee } from '../../../types/reports/schemas'
import { invalidState, notFound } from '../../core/app-error'
import type { Caller } from '../../core/caller'
import type { DocumentStore } from '../../ports/document-store'
import { applyTransition } from './apply-transition'
import { candidateKey } from './assignment-rules'
import { loadCandidate } from './load-candidates'
import type { ReportRecord } from './records'
import { loadReportFor } from './report-access'
import { reportRepository } from './report-repository'
import { resumeSlaFields } from './sla-clock'

/**
 * Staff override the rule engine. The new assignee must be active and linked to an account, and
 * must accept again. Racing with an accept, exactly one of the two applies (conditional update).
 */
export async function reassignReport(
  store: DocumentStore,
  caller: Caller,
  reportId: string,
  target: { kind: 'expert' | 'agency'; id: string },
  reason: string,
  now: Date,
): Promise<ReportRecord> {
  const { report } = await loadReportFor(store, caller, reportId, ['staff'])
  const candidate = await loadCandidate(store, target.kind, target.id)
  if (!candidate) throw notFound('没有找到要改派的专家或机构')
  if (!candidate.active || candidate.userId === null) throw invalidState(`${candidate.name}当前不可接案（暂停接案或未关联账号）`)
  if (report.assignee !== null && candidateKey(report.assignee) === candidateKey(candidate)) throw invalidState('该上报已分派给此人')
  const assignee: Assignee = { kind: candidate.kind, id: candidate.id, name: candidate.name, userId: candidate.userId }
  const updated = await applyTransition(
    store,
    report,
    {
      to: 'assigned',
      set: { ...(await resumeSlaFields(store, report.sla, now)), assignee },
      event: {
        type: 'reassigned',
        text: `工作人员改派给${candidate.name}（在办 ${candidate.openCases} 件）：${reason}`,
        publicText: `已改派给${candidate.name}`,
        actorUserId: caller.userId,
        actorRole: 'staff',
      },
      notice: { title: `上报已改派给${candidate.name}`, summary: `已改派给${candidate.name}，请在上报详情中查看` },
    },
    now,
  )
  await reportRepository(store).setLastKey(report.serviceType, candidateKey(candidate), now.toISOString())
  return updated
}
