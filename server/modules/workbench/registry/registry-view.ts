import type { RegistryEntry } from '../../../../types/workbench/registry'
import type { DocumentStore } from '../../../ports/document-store'
import { USERS, type EnterpriseRecord, type UserRecord } from '../../users/records'

/**
 * Registry rows with their liaisons' names: one read of all liaisons on the page. The name is the
 * one on the approved application (kept on the user as \`contact\`), not the WeChat nickname, which
 * the user can change at will; only liaisons who joined by invitation fall back to the nickname.
 */
export async function toRegistryEntries(store: DocumentStore, enterprises: readonly EnterpriseRecord[]): Promise<RegistryEntry[]> {
  const ids = [...new Set(enterprises.flatMap((e) => e.liaisonUserIds))]
  const users = ids.length ? await store.collection<UserRecord>(USERS).getByIds(ids) : []
  const byId = new Map(users.map((u) => [u._id, u]))
  const liaisonOf = (userId: string) => {
    const user = byId.get(userId)
    const applied = user?.contact?.name
    return applied ? { userId, name: applied, fromApplication: true } : { userId, name: user?.displayName ?? userId, fromApplication: false }
  }
  return enterprises.map((e) => ({
    enterpriseId: e._id,
    name: e.name,
    creditCode: e.creditCode,
    industry: e.industry,
    exportMarkets: e.exportMarkets,
    district: e.district ?? null,
    keyEnterprise: e.keyEnterprise ?? false,
    liaisons: e.liaisonUserIds.map(liaisonOf),
    status: e.liaisonUserIds.length > 0 ? 'active' : 'no_liaison',
    verifiedAt: e.verifiedAt,
  }))
}
