import { TIMELINE_PAGE_SIZE, type ReportDetail, type ReportEventPage } from '../../../types/reports/schemas'
import type { RevealedContact } from '../../../types/users/contact-reveals'
import { maskMobile } from '../../../types/validation/mobile'
import { notFound } from '../../core/app-error'
import type { Caller } from '../../core/caller'
import type { DocumentStore } from '../../ports/document-store'
import { recordContactReveal } from '../users/contact-reveals'
import { loadUser } from '../users/load-user'
import { userRepository } from '../users/user-repository'
import type { ReportRecord } from './records'
import { isStaff, loadReportFor, partiesOf } from './report-access'
import { reportRepository } from './report-repository'
import { legalRuleChange } from './deadline-rule-change'
import { toReportDetail, toReportEvent } from './report-view'

/**
 * The answer of every report action: the report with the newest page of its timeline, the caller's relation to
 * it (decided here, so the client never guesses ownership) and the reporting liaison's contact,
 * masked — staff and the assignee may reveal it with revealLiaisonContact.
 */
export async function detailOf(store: DocumentStore, caller: Caller, report: ReportRecord): Promise<ReportDetail> {
  // Staff read the whole timeline; everyone else its public wording (toReportEvent).
  const viewer = { userId: caller.userId, internal: isStaff(caller) }
  const [page, relations, submitter, ruleChange] = await Promise.all([
    reportRepository(store).timelinePage(report._id, null, TIMELINE_PAGE_SIZE),
    partiesOf(store, caller, report),
    userRepository(store).get(report.submittedBy),
    legalRuleChange(store, report),
  ])
  const contact = submitter?.contact ?? null
  return {
    ...toReportDetail(report, page.items, page.nextCursor, viewer, ruleChange),
    viewerRelation: relations[0] ?? null,
    viewerRelations: relations,
    liaisonContact: contact
      ? { name: contact.name, mobileMasked: maskMobile(contact.mobile), canReveal: relations.some((r) => r === 'assignee' || r === 'staff') }
      : null,
  }
}

/** Older events, for anyone who may see the report. */
export async function listReportEvents(store: DocumentStore, caller: Caller, reportId: string, before: string, limit: number): Promise<ReportEventPage> {
  await loadReportFor(store, caller, reportId, ['enterprise', 'assignee', 'staff'])
  const { items, nextCursor } = await reportRepository(store).timelinePage(reportId, before, limit)
  const viewer = { userId: caller.userId, internal: isStaff(caller) }
  return { items: items.map((e) => toReportEvent(e, viewer)), nextCursor }
}

export async function getReport(store: DocumentStore, caller: Caller, reportId: string): Promise<ReportDetail> {
  const { report } = await loadReportFor(store, caller, reportId, ['enterprise', 'assignee', 'staff'])
  return detailOf(store, caller, report)
}

/**
 * Staff and the current assignee reveal the reporting liaison's mobile to call them. The audit row
 * is written first: a reveal that was not recorded never returns the number. Anyone else is
 * refused (the enterprise's own liaisons: FORBIDDEN; strangers: NOT_FOUND, as for the report).
 */
export async function revealLiaisonContact(store: DocumentStore, caller: Caller, reportId: string, now: Date): Promise<RevealedContact> {
  const { report, party } = await loadReportFor(store, caller, reportId, ['assignee', 'staff'])
  const submitter = await userRepository(store).get(report.submittedBy)
  const contact = submitter?.contact
  if (!contact) throw notFound('该联络员没有登记手机号码，请通过留言联系')
  const relation = party === 'assignee' ? 'assignee' : 'staff'
  const revealer = relation === 'assignee' && report.assignee ? report.assignee.name : (await loadUser(store, caller)).displayName
  const at = now.toISOString()
  await recordContactReveal(store, {
    subjectUserId: report.submittedBy,
    revealedByUserId: caller.userId,
    revealedByName: revealer,
    revealedByRelation: relation,
    context: { kind: 'report', id: report._id, number: report.number },
    at,
  })
  return { name: contact.name, mobile: contact.mobile, revealedAt: at }
}
