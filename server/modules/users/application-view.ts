import type { EnterpriseApplication } from '../../../types/users/schemas'
import { maskMobile } from '../../../types/validation/mobile'
import type { EnterpriseApplicationRecord } from './records'

export function toApplicationView(record: EnterpriseApplicationRecord): EnterpriseApplication {
  return {
    applicationId: record._id,
    applicantUserId: record.applicantUserId,
    status: record.status,
    kind: record.kind ?? 'register',
    proofRequired: record.proofRequired ?? false,
    proofFileId: record.proofFileId ?? null,
    objectionCount: Object.keys(record.objections ?? {}).length,
    enterpriseName: record.enterpriseName,
    creditCode: record.creditCode,
    industry: record.industry,
    exportMarkets: record.exportMarkets,
    liaisonName: record.liaisonName,
    mobileMasked: maskMobile(record.mobile),
    submittedAt: record.submittedAt,
    reviewedAt: record.reviewedAt,
    reviewReason: record.reviewReason,
  }
}
