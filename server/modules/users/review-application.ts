import { APPLICATION_STATUS_LABELS } from '../../../types/users/schemas'
import { forbidden, invalidState, notFound } from '../../core/app-error'
import type { Caller } from '../../core/caller'
import type { DocumentStore } from '../../ports/document-store'
import { enterpriseIdFor } from './enterprise-id'
import {
  ENTERPRISE_APPLICATIONS,
  ENTERPRISES,
  USERS,
  type EnterpriseApplicationRecord,
  type EnterpriseRecord,
  type UserRecord,
} from './records'

export type ReviewDecision = { decision: 'approve' } | { decision: 'reject'; reason: string }

/**
 * Staff decide a pending application. Approval touches three documents — the application, the
 * enterprise and the applicant — so it runs as one small by-id transaction: either the liaison
 * role is granted together with the approval, or nothing changes.
 */
export async function reviewApplication(
  store: DocumentStore,
  reviewer: Caller,
  applicationId: string,
  decision: ReviewDecision,
  now: Date,
): Promise<EnterpriseApplicationRecord> {
  const at = now.toISOString()
  return store.runTransaction(async (tx) => {
    const application = await tx.get<EnterpriseApplicationRecord>(ENTERPRISE_APPLICATIONS, applicationId)
    if (!application) throw notFound('没有找到这份企业登记申请')
    if (application.status !== 'pending') {
      throw invalidState(`该申请已处理（${APPLICATION_STATUS_LABELS[application.status]}），无需重复审核`)
    }
    if (application.applicantUserId === reviewer.userId) throw forbidden('不能审核自己提交的申请')

    const reviewed: EnterpriseApplicationRecord = {
      ...application,
      status: decision.decision === 'approve' ? 'approved' : 'rejected',
      reviewedAt: at,
      reviewerUserId: reviewer.userId,
      reviewReason: decision.decision === 'reject' ? decision.reason : null,
    }
    await tx.set(ENTERPRISE_APPLICATIONS, reviewed)

    const applicant = await tx.get<UserRecord>(USERS, application.applicantUserId)
    if (!applicant) throw notFound('申请人账号不存在')
    const freesSlot = applicant.pendingApplicationId === application._id

    if (decision.decision === 'reject') {
      if (freesSlot) await tx.update(USERS, applicant._id, { $set: { pendingApplicationId: null, updatedAt: at } })
      return reviewed
    }

    const enterpriseId = enterpriseIdFor(application.creditCode)
    const existing = await tx.get<EnterpriseRecord>(ENTERPRISES, enterpriseId)
    const enterprise: EnterpriseRecord = {
      _id: enterpriseId,
      name: application.enterpriseName,
      creditCode: application.creditCode,
      industry: application.industry,
      exportMarkets: application.exportMarkets,
      liaisonUserIds: [...new Set([...(existing?.liaisonUserIds ?? []), applicant._id])],
      verifiedAt: existing?.verifiedAt ?? at,
      updatedAt: at,
    }
    await tx.set(ENTERPRISES, enterprise)
    await tx.update(USERS, applicant._id, {
      $set: {
        enterpriseId,
        updatedAt: at,
        ...(freesSlot ? { pendingApplicationId: null } : {}),
      },
      $addToSet: { roles: ['liaison'] },
    })
    return reviewed
  })
}
