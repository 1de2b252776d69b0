import type { RegistryEntry } from '../../../../types/workbench/registry'
import type { DocumentStore } from '../../../ports/document-store'
import { USERS, type EnterpriseRecord, type UserRecord } from '../../users/records'

/** Registry rows with their liaisons' names: one read of all liaisons on the page. */
export async function toRegistryEntries(store: DocumentStore, enterprises: readonly EnterpriseRecord[]): Promise<RegistryEntry[]> {
  const ids = [...new Set(enterprises.flatMap((e) => e.liaisonUserIds))]
  const users = ids.length ? await store.collection<UserRecord>(USERS).getByIds(ids) : []
  const names = new Map(users.map((u) => [u._id, u.displayName]))
  return enterprises.map((e) => ({
    enterpriseId: e._id,
    name: e.name,
    creditCode: e.creditCode,
    industry: e.industry,
    exportMarkets: e.exportMarkets,
    district: e.district ?? null,
    keyEnterprise: e.keyEnterprise ?? false,
    liaisons: e.liaisonUserIds.map((userId) => ({ userId, displayName: names.get(userId) ?? userId })),
    status: e.liaisonUserIds.length > 0 ? 'active' : 'no_liaison',
    verifiedAt: e.verifiedAt,
  }))
}
