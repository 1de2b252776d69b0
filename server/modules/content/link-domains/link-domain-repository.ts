import type { DocumentStore } from '../../../ports/document-store'
import { DEFAULT_LINK_DOMAINS } from './default-link-domains'
import { LINK_DOMAINS, linkDomainId, type LinkDomainRecord } from './records'

/** Far above any real list; one read holds them all. */
const MAX_ENTRIES = 1000

function defaultRecords(now: Date): LinkDomainRecord[] {
  const at = now.toISOString()
  return DEFAULT_LINK_DOMAINS.map(({ domain, note }) => ({
    _id: linkDomainId(domain),
    domain,
    note,
    status: 'listed',
    isDefault: true,
    version: 1,
    createdAt: at,
    updatedAt: at,
    updatedBy: null,
  }))
}

export function linkDomainRepository(store: DocumentStore) {
  const domains = store.collection<LinkDomainRecord>(LINK_DOMAINS)

  /**
   * Every entry, listed and removed: one read per call. A default not stored yet (a fresh
   * CloudBase environment, where no seed step runs, or a default added by a release) is written
   * once, insert-unless-exists, so a staff removal or note is never overwritten.
   */
  async function loadAll(now: Date): Promise<LinkDomainRecord[]> {
    const stored = await domains.find({}, { limit: MAX_ENTRIES })
    const have = new Set(stored.map((record) => record._id))
    for (const record of defaultRecords(now).filter((r) => !have.has(r._id))) {
      if (await domains.insertUnlessExists(record)) stored.push(record)
      else {
        const winner = await domains.getById(record._id)
        if (winner) stored.push(winner)
      }
    }
    return stored
  }

  return {
    loadAll,

    /** The suffixes links may point to now. */
    async listedSuffixes(now: Date): Promise<string[]> {
      return (await loadAll(now)).filter((r) => r.status === 'listed').map((r) => r.domain)
    },

    /**
     * Lists `domain`: inserts it, or brings a removed entry back conditional on the version read
     * (a concurrent change makes the condition fail and the loop looks again). Already listed:
     * unchanged, so a retried add is harmless.
     */
    async add(domain: string, note: string, actorUserId: string, now: Date): Promise<{ record: LinkDomainRecord; alreadyListed: boolean }> {
      const at = now.toISOString()
      const id = linkDomainId(domain)
      const fresh: LinkDomainRecord = { _id: id, domain, note, status: 'listed', isDefault: false, version: 1, createdAt: at, updatedAt: at, updatedBy: actorUserId }
      for (let attempt = 0; attempt < 5; attempt++) {
        if (await domains.insertUnlessExists(fresh)) return { record: fresh, alreadyListed: false }
        const current = await domains.getById(id)
        if (!current) continue
        if (current.status === 'listed') return { record: current, alreadyListed: true }
        const next = { status: 'listed' as const, note, updatedAt: at, updatedBy: actorUserId, version: current.version + 1 }
        if (await domains.updateOne(id, { $set: next }, { status: 'removed', version: current.version })) {
          return { record: { ...current, ...next }, alreadyListed: false }
        }
      }
      throw new Error(`link domain ${domain}: add kept losing races`)
    },

    /** Unlists `domain` if listed (one conditional update); false when it was not on the list. */
    async remove(domain: string, actorUserId: string, now: Date): Promise<boolean> {
      const id = linkDomainId(domain)
      for (let attempt = 0; attempt < 5; attempt++) {
        const current = await domains.getById(id)
        if (!current || current.status !== 'listed') return false
        const next = { status: 'removed', updatedAt: now.toISOString(), updatedBy: actorUserId, version: current.version + 1 }
        if (await domains.updateOne(id, { $set: next }, { status: 'listed', version: current.version })) return true
      }
      throw new Error(`link domain ${domain}: remove kept losing races`)
    },
  }
}
