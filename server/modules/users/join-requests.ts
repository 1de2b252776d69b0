import { storagePathOf } from '../../../types/files'
import { applicationProofFolder, type JoinRequest } from '../../../types/users/join-requests'
import { maskMobile } from '../../../types/validation/mobile'
import { AppError, forbidden, invalidState, notFound } from '../../core/app-error'
import type { Caller } from '../../core/caller'
import type { DocumentStore } from '../../ports/document-store'
import { enqueueNotification } from '../messaging/enqueue-notification'
import { loadUser } from './load-user'
import { staffUserIds } from './staff-user-ids'
import { ENTERPRISE_APPLICATIONS, ENTERPRISES, type EnterpriseApplicationRecord, type EnterpriseRecord } from './records'

function toJoinRequest(record: EnterpriseApplicationRecord, viewerUserId: string): JoinRequest {
  const mine = record.objections?.[viewerUserId]
  return {
    applicationId: record._id,
    status: record.status,
    claimedEnterpriseName: record.enterpriseName,
    applicantName: record.liaisonName,
    mobileMasked: maskMobile(record.mobile),
    submittedAt: record.submittedAt,
    reviewedAt: record.reviewedAt,
    myObjection: mine ? { reason: mine.reason, at: mine.at } : null,
  }
}

/** The enterprise the caller is a liaison of, or FORBIDDEN. */
async function ownEnterprise(store: DocumentStore, caller: Caller): Promise<EnterpriseRecord> {
  const user = await loadUser(store, caller)
  const enterprise = user.enterpriseId ? await store.collection<EnterpriseRecord>(ENTERPRISES).getById(user.enterpriseId) : null
  if (!enterprise || !enterprise.liaisonUserIds.includes(user._id)) throw forbidden('只有企业的现有联络员可以查看加入申请')
  return enterprise
}

/** Others' applications for the caller's enterprise's credit code: pending first, newest first. */
export async function listJoinRequests(store: DocumentStore, caller: Caller): Promise<JoinRequest[]> {
  const enterprise = await ownEnterprise(store, caller)
  const records = await store
    .collection<EnterpriseApplicationRecord>(ENTERPRISE_APPLICATIONS)
    .find({ creditCode: enterprise.creditCode }, { orderBy: [['submittedAt', 'desc']], limit: 50 })
  return records
    .filter((r) => r.applicantUserId !== caller.userId)
    .sort((a, b) => Number(b.status === 'pending') - Number(a.status === 'pending'))
    .map((r) => toJoinRequest(r, caller.userId))
}

/**
 * An existing liaison objects to a pending request to join their enterprise. One objection per
 * liaison, written by one conditional update on the still-pending application (an objection after
 * the decision is refused, a repeat replaces the reason). Staff are told at once.
 */
export async function objectToJoinRequest(
  store: DocumentStore,
  caller: Caller,
  applicationId: string,
  reason: string,
  now: Date,
): Promise<JoinRequest> {
  const enterprise = await ownEnterprise(store, caller)
  const applications = store.collection<EnterpriseApplicationRecord>(ENTERPRISE_APPLICATIONS)
  const application = await applications.getById(applicationId)
  if (!application || application.creditCode !== enterprise.creditCode || application.applicantUserId === caller.userId) {
    throw notFound('没有找到这份加入申请')
  }
  const at = now.toISOString()
  const applied = await applications.updateOne(
    applicationId,
    { $set: { [`objections.${caller.userId}`]: { reason, at } } },
    { status: 'pending' },
  )
  if (!applied) {
    const current = await applications.getById(applicationId)
    if (current?.status !== 'pending') throw invalidState('该申请已审核完毕，无法再提出异议；如有疑问请拨打服务热线')
  }
  for (const staffUserId of await staffUserIds(store)) {
    await enqueueNotification(
      store,
      {
        recipientUserId: staffUserId,
        templateKey: 'application_reviewed',
        payload: { enterpriseName: enterprise.name, resultLabel: '联络员异议', reason, reviewedAt: at },
        dedupeKey: `application:${applicationId}:objection:${caller.userId}:${staffUserId}`,
        notice: 'membership_alert',
        inbox: {
          title: '企业联络员对加入申请提出异议',
          summary: `${enterprise.name} 的联络员反对 ${application.liaisonName} 加入：${reason}`,
          page: `packages/staff/application-detail/index?id=${applicationId}`,
        },
        source: { kind: 'enterprise_application', id: applicationId },
      },
      { now },
    )
  }
  const updated = await applications.getById(applicationId)
  if (!updated) throw notFound('没有找到这份加入申请')
  return toJoinRequest(updated, caller.userId)
}

/** Staff require an authorization letter before deciding; the applicant is told what to upload. */
export async function requireApplicationProof(store: DocumentStore, applicationId: string, now: Date): Promise<EnterpriseApplicationRecord> {
  const applications = store.collection<EnterpriseApplicationRecord>(ENTERPRISE_APPLICATIONS)
  const applied = await applications.updateOne(applicationId, { $set: { proofRequired: true } }, { status: 'pending' })
  const current = await applications.getById(applicationId)
  if (!current) throw notFound('没有找到这份企业登记申请')
  if (!applied && current.status !== 'pending') throw invalidState('该申请已审核完毕')
  await enqueueNotification(
    store,
    {
      recipientUserId: current.applicantUserId,
      templateKey: 'application_reviewed',
      notice: 'proof_request',
      payload: { enterpriseName: current.enterpriseName, resultLabel: '需补材料', reason: '请上传加盖公章的授权委托书', reviewedAt: now.toISOString() },
      dedupeKey: `application:${applicationId}:proof-required`,
      inbox: {
        title: '请上传授权委托书',
        summary: `${current.enterpriseName} 已有联络员。请上传加盖企业公章的授权委托书，工作人员核实后再审核您的申请。`,
        page: 'packages/account/my-applications/index',
      },
      source: { kind: 'enterprise_application', id: applicationId },
    },
    { now },
  )
  return current
}

/** The applicant attaches the uploaded letter to their own pending application. */
export async function attachApplicationProof(
  store: DocumentStore,
  caller: Caller,
  applicationId: string,
  fileId: string,
): Promise<EnterpriseApplicationRecord> {
  if (!(storagePathOf(fileId) ?? '').startsWith(applicationProofFolder(caller.userId, applicationId))) {
    const message = '授权委托书只能使用您本人为这份申请上传的文件，请重新上传'
    throw new AppError('VALIDATION_FAILED', message, [{ path: ['fileId'], message }])
  }
  const applications = store.collection<EnterpriseApplicationRecord>(ENTERPRISE_APPLICATIONS)
  const applied = await applications.updateOne(
    applicationId,
    { $set: { proofFileId: fileId } },
    { status: 'pending', applicantUserId: caller.userId },
  )
  const current = await applications.getById(applicationId)
  if (!current || current.applicantUserId !== caller.userId) throw notFound('没有找到这份企业登记申请')
  if (!applied && current.status !== 'pending') throw invalidState('该申请已审核完毕，无需再上传')
  return current
}
