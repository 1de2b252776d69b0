import { forbidden, notFound } from '../../core/app-error'
import type { Caller } from '../../core/caller'
import type { DocumentStore } from '../../ports/document-store'
import { loadUser } from '../users/load-user'
import type { ReportRecord } from './records'
import { reportRepository } from './report-repository'

export type Party = 'enterprise' | 'assignee' | 'staff'

export const isStaff = (caller: Caller) => caller.roles.includes('staff') || caller.roles.includes('admin')

/** The parties the caller is to this report: its enterprise's liaisons, its current assignee, staff. */
export async function partiesOf(store: DocumentStore, caller: Caller, report: ReportRecord): Promise<Party[]> {
  const parties: Party[] = []
  if (caller.roles.includes('liaison')) {
    const user = await loadUser(store, caller)
    if (user.enterpriseId !== null && user.enterpriseId === report.enterpriseId) parties.push('enterprise')
  }
  if (report.assignee !== null && report.assignee.userId === caller.userId) parties.push('assignee')
  if (isStaff(caller)) parties.push('staff')
  return parties
}

/**
 * The report if the caller may see it in one of the `allowed` roles. Someone who may not see it
 * at all gets NOT_FOUND (its existence is not revealed); a party in the wrong role gets FORBIDDEN.
 */
export async function loadReportFor(
  store: DocumentStore,
  caller: Caller,
  reportId: string,
  allowed: readonly Party[],
): Promise<{ report: ReportRecord; party: Party }> {
  const report = await reportRepository(store).get(reportId)
  const parties = report ? await partiesOf(store, caller, report) : []
  if (!report || parties.length === 0) throw notFound('没有找到这份上报，或您无权查看')
  const party = parties.find((p) => allowed.includes(p))
  if (!party) throw forbidden('您在这份上报中没有执行此操作的权限')
  return { report, party }
}
