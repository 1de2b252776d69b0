import type { DocumentStore } from '../../ports/document-store'
import type { CollectionSpec } from '../../ports/collection-spec'

/**
 * Id-keyed claims: "at most one owner of this key" as one document whose id IS the key. Creating it
 * is an insert-unless-exists and taking over a stale one is a conditional update on its owner, so
 * two concurrent claimers cannot both win — on SQLite or on CloudBase, which has no unique index
 * across a read and a later write.
 */
export const UNIQUE_CLAIMS = 'unique_claims'

export interface UniqueClaimRecord {
  _id: string
  ownerId: string
  claimedAt: string
}

export const UNIQUE_CLAIMS_COLLECTIONS: CollectionSpec[] = [{ name: UNIQUE_CLAIMS, indexes: [] }]

export type ClaimResult = { ok: true; fresh: boolean } | { ok: false; ownerId: string }

/**
 * Claims `key` for `ownerId`. Already ours: ok (not fresh). Held by another owner for whom
 * `isStale(owner)` is true (the link it stood for is gone): taken over with a conditional update.
 */
export async function claimKey(
  store: DocumentStore,
  key: string,
  ownerId: string,
  at: Date,
  isStale?: (currentOwnerId: string) => Promise<boolean>,
): Promise<ClaimResult> {
  const claims = store.collection<UniqueClaimRecord>(UNIQUE_CLAIMS)
  for (let attempt = 0; attempt < 3; attempt++) {
    if (await claims.insertUnlessExists({ _id: key, ownerId, claimedAt: at.toISOString() })) return { ok: true, fresh: true }
    const current = await claims.getById(key)
    if (!current) continue // released meanwhile: try the insert again
    if (current.ownerId === ownerId) return { ok: true, fresh: false }
    if (!isStale || !(await isStale(current.ownerId))) return { ok: false, ownerId: current.ownerId }
    if (await claims.updateOne(key, { $set: { ownerId, claimedAt: at.toISOString() } }, { ownerId: current.ownerId })) return { ok: true, fresh: true }
  }
  const holder = await claims.getById(key)
  return { ok: false, ownerId: holder?.ownerId ?? '' }
}

/** Gives the key up, only if `ownerId` still holds it. */
export async function releaseKey(store: DocumentStore, key: string, ownerId: string): Promise<void> {
  await store.collection<UniqueClaimRecord>(UNIQUE_CLAIMS).deleteOne(key, { ownerId })
}
