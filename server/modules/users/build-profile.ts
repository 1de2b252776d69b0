import { PRIVACY_GUIDE_VERSION, type UserProfile } from '../../../types/users/schemas'
import type { Caller } from '../../core/caller'
import type { DocumentStore } from '../../ports/document-store'
import { applicationRepository } from './application-repository'
import { toEnterpriseView } from './application-review'
import { toApplicationView } from './application-view'
import { ENTERPRISES, type EnterpriseRecord, type UserRecord } from './records'

export async function buildProfile(store: DocumentStore, caller: Caller, user: UserRecord): Promise<UserProfile> {
  const [enterprise, latest] = await Promise.all([
    user.enterpriseId ? store.collection<EnterpriseRecord>(ENTERPRISES).getById(user.enterpriseId) : null,
    applicationRepository(store).latestOf(user._id),
  ])
  return {
    userId: user._id,
    displayName: user.displayName,
    roles: caller.roles,
    privacyConsent: user.privacyConsent,
    privacyConsentRequired: user.privacyConsent?.version !== PRIVACY_GUIDE_VERSION,
    enterprise: enterprise ? toEnterpriseView(enterprise) : null,
    latestApplication: latest ? toApplicationView(latest) : null,
  }
}
