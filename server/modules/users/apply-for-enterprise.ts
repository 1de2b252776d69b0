import type { z } from 'zod'
import { PRIVACY_GUIDE_VERSION, type enterpriseApplicationInputSchema } from '../../../types/users/schemas'
import { AppError, conflict } from '../../core/app-error'
import type { Caller } from '../../core/caller'
import { newId } from '../../core/new-id'
import type { DocumentStore } from '../../ports/document-store'
import { applicationRepository } from './application-repository'
import { loadUser } from './load-user'
import { enterpriseIdFor } from './enterprise-id'
import { notifyExistingLiaisons } from './join-request-notices'
import { ENTERPRISES, type EnterpriseApplicationRecord, type EnterpriseRecord } from './records'
import { userRepository } from './user-repository'

type ApplicationInput = z.output<typeof enterpriseApplicationInputSchema>

/**
 * A liaison officer applies to register an enterprise. When the credit code is already registered
 * the application is a join request: its liaisons are told at once and may object. Only one application may be pending per
 * user: the slot is claimed by a conditional update on the user record before the application is
 * written, so two concurrent submissions cannot both pass; if writing fails the slot is released.
 */
export async function applyForEnterprise(
  store: DocumentStore,
  caller: Caller,
  input: ApplicationInput,
  now: Date,
): Promise<EnterpriseApplicationRecord> {
  const user = await loadUser(store, caller)
  if (user.privacyConsent?.version !== PRIVACY_GUIDE_VERSION) {
    throw new AppError('PRIVACY_CONSENT_REQUIRED', '请先阅读并同意隐私保护指引，再填写企业信息')
  }
  if (user.enterpriseId) {
    throw conflict('您已是认证企业的联络员，无需重复登记')
  }

  const at = now.toISOString()
  const existing = await store.collection<EnterpriseRecord>(ENTERPRISES).getById(enterpriseIdFor(input.creditCode))
  const record: EnterpriseApplicationRecord = {
    _id: newId('app'),
    applicantUserId: user._id,
    status: 'pending',
    enterpriseName: input.enterpriseName,
    creditCode: input.creditCode,
    industry: input.industry,
    exportMarkets: input.exportMarkets,
    liaisonName: input.liaisonName,
    mobile: input.mobile,
    submittedAt: at,
    reviewedAt: null,
    reviewerUserId: null,
    reviewReason: null,
    kind: existing ? 'join' : 'register',
    proofRequired: false,
    proofFileId: null,
    objections: {},
  }

  const users = userRepository(store)
  if (!(await users.claimPendingApplication(user._id, record._id, at))) {
    throw conflict('您已有一份待审核的企业登记申请，请等待审核结果后再提交')
  }
  try {
    await applicationRepository(store).insert(record)
  } catch (error) {
    await users.releasePendingApplication(user._id, record._id, at)
    throw error
  }
  if (existing) await notifyExistingLiaisons(store, existing, record, now)
  return record
}
