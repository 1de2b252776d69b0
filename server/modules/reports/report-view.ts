import type { RuleChange } from '../../../types/deadlines/schemas'
import type { ReportDetail, ReportEvent, ReportSummary } from '../../../types/reports/schemas'
import type { ReportEventRecord, ReportRecord } from './records'

export function toReportSummary(r: ReportRecord): ReportSummary {
  return {
    reportId: r._id,
    number: r.number,
    status: r.status,
    serviceType: r.serviceType,
    ipType: r.ipType,
    countries: r.countries,
    urgency: r.urgency,
    counterpart: r.counterpart,
    enterpriseName: r.enterpriseName,
    assignee: r.assignee,
    escalated: r.escalated,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    legalDeadline: r.legalDeadline ?? null,
  }
}

/**
 * Who is reading: staff see the whole timeline; everyone else (the enterprise, the assignee) reads
 * each event's public wording and sees only their own user id on it.
 */
export interface ReportViewer {
  userId: string
  internal: boolean
}

export function toReportEvent(e: ReportEventRecord, viewer: ReportViewer): ReportEvent {
  return {
    eventId: e._id,
    type: e.type,
    at: e.at,
    actorUserId: viewer.internal || e.actorUserId === viewer.userId ? e.actorUserId : null,
    actorRole: e.actorRole,
    fromStatus: e.fromStatus,
    toStatus: e.toStatus,
    text: viewer.internal || e.publicText === undefined ? e.text : e.publicText,
  }
}

/** The report as the viewer may read it; who is looking (relation, contact) is added by detailOf. */
export function toReportDetail(
  r: ReportRecord,
  events: readonly ReportEventRecord[],
  olderEventsCursor: string | null,
  viewer: ReportViewer,
  ruleChange: RuleChange | null = null,
): Omit<ReportDetail, 'viewerRelation' | 'viewerRelations' | 'liaisonContact'> {
  return {
    ...toReportSummary(r),
    industry: r.industry,
    deadline: r.deadline,
    description: r.description,
    attachments: r.attachments,
    version: r.version,
    sla: r.sla,
    resolution: r.resolution,
    rating: r.rating,
    timeline: events.map((e) => toReportEvent(e, viewer)),
    olderEventsCursor,
    legalDeadlineRuleChange: ruleChange,
    tradeFair: r.tradeFair ?? null,
  }
}
