import { DuplicateIdError, MAX_FIND_LIMIT, MAX_INSERT_MANY, type Collection, type StoredDocument } from '../../ports/document-store'

/**
 * Inserts every document whose `_id` does not exist yet, in batches: per chunk one read of the ids
 * that exist and one insertMany of the rest — no round trip per document. If another writer
 * inserts one of the same ids in between (insertMany is all-or-nothing and then throws), that
 * chunk falls back to insertUnlessExists per document, which is still exact.
 * Returns the documents this call inserted (in `_id` order within each chunk).
 *
 * Each chunk is written in `_id` order: ids here are hashes, so in the caller's order every insert
 * lands on a random page of the id index (and of any index ending in `_id`, such as the outbox's
 * due order). In order, one chunk's inserts walk each such index once, front to back, instead of
 * jumping about it: about 15-20% less planning CPU for a 95,000-row fan-out on SQLite.
 */
export async function insertAllUnlessExist<T extends StoredDocument>(
  collection: Collection<T>,
  docs: readonly T[],
  // A whole fan-out page per chunk: half the commits of 500 on SQLite (each commit rewrites the
  // outbox's index pages), and within the port's caps (getByIds and insertMany take 1000; the
  // CloudBase adapter splits an insertMany into transactions it can carry, store-limits.ts).
  chunkSize = MAX_FIND_LIMIT,
): Promise<T[]> {
  const size = Math.min(chunkSize, MAX_FIND_LIMIT, MAX_INSERT_MANY)
  const inserted: T[] = []
  for (let i = 0; i < docs.length; i += size) {
    const chunk = uniqueById(docs.slice(i, i + size))
    const existing = new Set((await collection.getByIds(chunk.map((d) => d._id))).map((d) => d._id))
    const fresh = chunk.filter((d) => !existing.has(d._id)).sort(byId)
    if (fresh.length === 0) continue
    try {
      await collection.insertMany(fresh)
      inserted.push(...fresh)
    } catch (error) {
      if (!(error instanceof DuplicateIdError)) throw error
      for (const doc of fresh) if (await collection.insertUnlessExists(doc)) inserted.push(doc)
    }
  }
  return inserted
}

function uniqueById<T extends StoredDocument>(docs: readonly T[]): T[] {
  const byId = new Map<string, T>()
  for (const doc of docs) if (!byId.has(doc._id)) byId.set(doc._id, doc)
  return [...byId.values()]
}

const byId = (a: StoredDocument, b: StoredDocument) => (a._id < b._id ? -1 : a._id > b._id ? 1 : 0)
