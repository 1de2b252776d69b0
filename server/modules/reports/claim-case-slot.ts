import type { DocumentStore } from '../../ports/document-store'
import { claimKey } from '../shared/unique-claims'
import type { Candidate } from './assignment-rules'
import { REPORTS, type ReportRecord } from './records'
import { LOAD_STATUSES } from './status-machine'

/**
 * An assignee's open-case cap as claims: slot k of `kind:id` (k < maxOpenCases) is an id-keyed
 * document owned by one report. A slot is free again once its report is no longer an open case
 * of this assignee (resolved, withdrawn, reassigned, or its assignment never applied), and is then
 * taken over with a conditional update. Counting open cases and then assigning is not atomic on
 * CloudBase; two assignments can never hold the same slot.
 */
export async function claimCaseSlot(store: DocumentStore, candidate: Candidate, reportId: string, now: Date): Promise<boolean> {
  if (candidate.maxOpenCases === null) return true // no cap
  const reports = store.collection<ReportRecord>(REPORTS)
  const stillOpenHere = async (ownerReportId: string) => {
    const owner = await reports.getById(ownerReportId)
    return !!owner && owner.assignee?.kind === candidate.kind && owner.assignee.id === candidate.id && LOAD_STATUSES.includes(owner.status)
  }
  for (let slot = 0; slot < candidate.maxOpenCases; slot++) {
    const claim = await claimKey(store, `case-slot:${candidate.kind}:${candidate.id}:${slot}`, reportId, now, async (owner) => !(await stillOpenHere(owner)))
    if (claim.ok) return true
  }
  return false
}
