import type { OutboxRecord } from '../../messaging/records'
import type { ReportRecord } from '../../reports/records'

/** A complete report record with the given fields: dashboards read stored fields, so tests seed them exactly. */
export function reportRecord(id: string, fields: Partial<Omit<ReportRecord, 'sla'>> & { sla?: Partial<ReportRecord['sla']> }): ReportRecord {
  const createdAt = fields.createdAt ?? '2026-11-10T02:00:00.000Z'
  return {
    _id: id,
    number: `R-${id}`,
    enterpriseId: 'ent_test',
    enterpriseName: '测试企业',
    district: null,
    submittedBy: 'usr_liaison',
    serviceType: 'dispute_response',
    ipType: 'trademark',
    countries: ['US'],
    industry: 'hair_products',
    counterpart: 'Acme',
    deadline: null,
    urgency: 'normal',
    description: '测试用的上报内容。',
    attachments: [],
    status: 'unassigned',
    version: 1,
    assignee: null,
    declinedBy: [],
    escalated: false,
    resolution: null,
    rating: null,
    ratingReminderAt: null,
    updatedAt: createdAt,
    ...fields,
    createdAt,
    sla: {
      firstResponseDueAt: createdAt,
      resolutionDueAt: createdAt,
      firstRespondedAt: null,
      pausedAt: null,
      firstResponseBreachedAt: null,
      resolutionBreachedAt: null,
      firstResponseWorkingMinutes: null,
      resolutionWorkingMinutes: null,
      pausedWorkingMinutes: 0,
      ...fields.sla,
    },
  }
}

export function outboxRecord(id: string, fields: Pick<OutboxRecord, 'sourceKind' | 'status' | 'createdAt'> & { updatedAt?: string }): OutboxRecord {
  return {
    _id: id,
    dedupeKey: id,
    recipientUserId: 'usr_x',
    templateKey: 'alert_published',
    payload: {} as OutboxRecord['payload'],
    inbox: { title: 't', summary: 's', page: null },
    sourceId: 'content_1',
    urgent: false,
    notBefore: fields.createdAt,
    attempts: 0,
    leaseOwner: null,
    leaseUntil: null,
    quotaConsumed: false,
    lastError: null,
    updatedAt: fields.createdAt,
    sentAt: null,
    ...fields,
  }
}
