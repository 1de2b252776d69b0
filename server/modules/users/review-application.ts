import { APPLICATION_STATUS_LABELS } from '../../../types/users/schemas'
import { forbidden, invalidState, notFound } from '../../core/app-error'
import type { Caller } from '../../core/caller'
import type { DocumentStore } from '../../ports/document-store'
import { enterpriseIdFor } from './enterprise-id'
import { newOutboxRecord } from '../messaging/enqueue-notification'
import { NOTIFICATION_OUTBOX } from '../messaging/records'
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

    // Read now: another application may have registered this code since this one was filed.
    const enterpriseId = enterpriseIdFor(application.creditCode)
    const existing = await tx.get<EnterpriseRecord>(ENTERPRISES, enterpriseId)
    const reviewed: EnterpriseApplicationRecord = {
      ...application,
      kind: existing ? 'join' : (application.kind ?? 'register'),
      status: decision.decision === 'approve' ? 'approved' : 'rejected',
      reviewedAt: at,
      reviewerUserId: reviewer.userId,
      reviewReason: decision.decision === 'reject' ? decision.reason : null,
    }
    await tx.set(ENTERPRISE_APPLICATIONS, reviewed)
    // The applicant's notification is written in the same transaction: it exists if and only if
    // the decision committed, and its id (from the dedupe key) makes a re-run write it once.
    await tx.set(NOTIFICATION_OUTBOX, reviewNotification(reviewed, now))

    const applicant = await tx.get<UserRecord>(USERS, application.applicantUserId)
    if (!applicant) throw notFound('申请人账号不存在')
    const freesSlot = applicant.pendingApplicationId === application._id

    if (decision.decision === 'reject') {
      if (freesSlot) await tx.update(USERS, applicant._id, { $set: { pendingApplicationId: null, updatedAt: at } })
      return reviewed
    }

    if (existing) {
      // A join request: the applicant becomes one more liaison. The enterprise's own fields stay
      // exactly as they are — the applicant's typed name, industry and markets are not a claim on
      // them (edits go through updateEnterprise, by staff or a liaison, with a revision).
      assertJoinMayBeApproved(application)
      await tx.update(ENTERPRISES, enterpriseId, { $addToSet: { liaisonUserIds: [applicant._id] } })
      for (const liaisonUserId of existing.liaisonUserIds) {
        if (liaisonUserId !== applicant._id) await tx.set(NOTIFICATION_OUTBOX, joinApprovedNotification(reviewed, existing, liaisonUserId, now))
      }
    } else {
      const enterprise: EnterpriseRecord = {
        _id: enterpriseId,
        name: application.enterpriseName,
        creditCode: application.creditCode,
        industry: application.industry,
        exportMarkets: application.exportMarkets,
        liaisonUserIds: [applicant._id],
        verifiedAt: at,
        updatedAt: at,
      }
      await tx.set(ENTERPRISES, enterprise)
    }
    await tx.update(USERS, applicant._id, {
      $set: {
        enterpriseId,
        contact: { name: application.liaisonName, mobile: application.mobile },
        updatedAt: at,
        ...(freesSlot ? { pendingApplicationId: null } : {}),
      },
      $addToSet: { roles: ['liaison'] },
    })
    return reviewed
  })
}

/** An objection or a request for proof must be answered by an uploaded authorization letter first. */
function assertJoinMayBeApproved(application: EnterpriseApplicationRecord): void {
  if (application.proofFileId) return
  if (Object.keys(application.objections ?? {}).length > 0) {
    throw invalidState('该企业的现有联络员对此申请提出了异议：请先要求申请人上传加盖公章的授权委托书，核实后再决定')
  }
  if (application.proofRequired) throw invalidState('已要求申请人上传授权委托书，收到并核实后才能通过')
}

function joinApprovedNotification(application: EnterpriseApplicationRecord, enterprise: EnterpriseRecord, liaisonUserId: string, now: Date) {
  return newOutboxRecord(
    {
      recipientUserId: liaisonUserId,
      templateKey: 'application_reviewed',
      payload: {
        enterpriseName: enterprise.name,
        resultLabel: '新联络员',
        reason: `${application.liaisonName}已加入，如有疑问请联系工作人员`,
        reviewedAt: application.reviewedAt ?? now.toISOString(),
      },
      dedupeKey: `application:${application._id}:joined:${liaisonUserId}`,
      notice: 'membership_alert',
      inbox: {
        title: '企业新增联络员',
        summary: `${application.liaisonName} 经工作人员审核，已成为 ${enterprise.name} 的联络员。如不是本企业人员，请立即联系工作人员。`,
        page: 'packages/account/join-requests/index',
      },
      source: { kind: 'enterprise_application', id: application._id },
    },
    { now },
  )
}

function reviewNotification(application: EnterpriseApplicationRecord, now: Date) {
  const approved = application.status === 'approved'
  const resultLabel = approved ? '已通过' : '未通过'
  return newOutboxRecord(
    {
      recipientUserId: application.applicantUserId,
      templateKey: 'application_reviewed',
      payload: {
        enterpriseName: application.enterpriseName,
        resultLabel,
        reason: application.reviewReason ?? '',
        reviewedAt: application.reviewedAt ?? now.toISOString(),
      },
      dedupeKey: `application:${application._id}:reviewed`,
      notice: 'decision',
      inbox: {
        title: `企业登记${resultLabel}`,
        summary: approved
          ? `${application.enterpriseName} 已认证，您已成为企业联络员，可上报海外知识产权纠纷。`
          : `${application.enterpriseName} 的登记未通过：${application.reviewReason ?? ''}。可修改后重新提交。`,
        page: 'packages/account/my-applications/index',
      },
      source: { kind: 'enterprise_application', id: application._id },
    },
    { now },
  )
}
