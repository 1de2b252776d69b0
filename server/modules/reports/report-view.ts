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

export function toReportEvent(e: ReportEventRecord): ReportEvent {
  return {
    eventId: e._id,
    type: e.type,
    at: e.at,
    actorUserId: e.actorUserId,
    actorRole: e.actorRole,
    fromStatus: e.fromStatus,
    toStatus: e.toStatus,
    text: e.text,
  }
}

/** The report as every party sees it; who is looking (relation, contact) is added by detailOf. */
export function toReportDetail(
  r: ReportRecord,
  events: readonly ReportEventRecord[],
  olderEventsCursor: string | null,
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
    timeline: events.map(toReportEvent),
    olderEventsCursor,
    legalDeadlineRuleChange: ruleChange,
    tradeFair: r.tradeFair ?? null,
  }
}
