import type { Content, ContentSummary } from '../../../types/content/schemas'
import type { ContentRecord } from './records'

export function toContentSummary(record: ContentRecord): ContentSummary {
  return {
    contentId: record._id,
    kind: record.kind,
    title: record.title,
    summary: record.summary,
    countries: record.countries,
    ipTypes: record.ipTypes,
    industries: record.industries,
    severity: record.severity,
    effectiveDate: record.effectiveDate,
    status: record.status,
    publishedAt: record.publishedAt,
    updatedAt: record.updatedAt,
    revision: record.revision,
  }
}

export function toContentView(record: ContentRecord): Content {
  return {
    ...toContentSummary(record),
    body: record.body,
    source: record.source,
    sourceUrl: record.sourceUrl,
    lessons: record.lessons,
    feeRows: record.feeRows,
    attachments: record.attachments,
    withdrawnAt: record.withdrawnAt,
    withdrawReason: record.withdrawReason,
    createdAt: record.createdAt,
  }
}
