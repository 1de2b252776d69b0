import type { DocumentStore } from '../../ports/document-store'
import { enqueueNotification } from '../messaging/enqueue-notification'
import type { EnterpriseApplicationRecord, EnterpriseRecord } from './records'

const JOIN_REQUESTS_PAGE = 'packages/account/join-requests/index'

/**
 * Tells each liaison already on the enterprise that someone asked to join it. Sent through the
 * outbox with the `application_reviewed` template (企业登记 notices; phrase 申请加入) so no new
 * subscription is needed; the message center always receives it. A takeover attempt
 * should not wait for the end of quiet hours (push-timing.ts: membership_alert). Keyed per application and liaison: a retry writes
 * nothing new.
 */
export async function notifyExistingLiaisons(
  store: DocumentStore,
  enterprise: EnterpriseRecord,
  application: EnterpriseApplicationRecord,
  now: Date,
): Promise<void> {
  for (const liaisonUserId of enterprise.liaisonUserIds) {
    if (liaisonUserId === application.applicantUserId) continue
    await enqueueNotification(
      store,
      {
        recipientUserId: liaisonUserId,
        templateKey: 'application_reviewed',
        payload: {
          enterpriseName: enterprise.name,
          resultLabel: '申请加入',
          reason: `${application.liaisonName}申请成为联络员，如不认识请提出异议`,
          reviewedAt: application.submittedAt,
        },
        dedupeKey: `application:${application._id}:join:${liaisonUserId}`,
        notice: 'membership_alert',
        inbox: {
          title: '有人申请加入您的企业',
          summary: `${application.liaisonName}（${application.enterpriseName}）申请成为 ${enterprise.name} 的联络员。如不是本企业人员，请在审核前提出异议。`,
          page: JOIN_REQUESTS_PAGE,
        },
        source: { kind: 'enterprise_application', id: application._id },
      },
      { now },
    )
  }
}
