import type { ApplicationReview, ExistingLiaison } from '../../../types/users/join-requests'
import { maskMobile } from '../../../types/validation/mobile'
import type { DocumentStore } from '../../ports/document-store'
import { toApplicationView } from './application-view'
import { enterpriseIdFor } from './enterprise-id'
import { ENTERPRISES, type EnterpriseApplicationRecord, type EnterpriseRecord, type UserRecord } from './records'
import { userRepository } from './user-repository'

export function toEnterpriseView(enterprise: EnterpriseRecord) {
  return {
    enterpriseId: enterprise._id,
    name: enterprise.name,
    creditCode: enterprise.creditCode,
    industry: enterprise.industry,
    exportMarkets: enterprise.exportMarkets,
    verifiedAt: enterprise.verifiedAt,
    revision: enterprise.revision ?? 0,
  }
}

function toExistingLiaison(user: UserRecord): ExistingLiaison {
  return {
    userId: user._id,
    displayName: user.displayName,
    liaisonName: user.contact?.name ?? null,
    mobileMasked: user.contact ? maskMobile(user.contact.mobile) : null,
  }
}

/**
 * What staff see when deciding: the application and — read now, not when it was filed, because
 * another application may have registered the code meanwhile — the enterprise already on record
 * for its credit code with its liaisons and their objections.
 */
export async function toApplicationReview(store: DocumentStore, record: EnterpriseApplicationRecord): Promise<ApplicationReview> {
  const enterprise = await store.collection<EnterpriseRecord>(ENTERPRISES).getById(enterpriseIdFor(record.creditCode))
  const objections = Object.entries(record.objections ?? {})
  const liaisonIds = (enterprise?.liaisonUserIds ?? []).filter((id) => id !== record.applicantUserId || record.status !== 'approved')
  const users = await userRepository(store).getMany([...new Set([...liaisonIds, ...objections.map(([userId]) => userId)])])
  const byId = new Map(users.map((u) => [u._id, u]))
  return {
    ...toApplicationView(record),
    existingEnterprise: enterprise ? toEnterpriseView(enterprise) : null,
    existingLiaisons: liaisonIds.flatMap((id) => {
      const user = byId.get(id)
      return user ? [toExistingLiaison(user)] : []
    }),
    objections: objections
      .map(([userId, objection]) => ({ userId, displayName: byId.get(userId)?.displayName ?? '联络员', ...objection }))
      .sort((a, b) => a.at.localeCompare(b.at)),
  }
}
