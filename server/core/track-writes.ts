import type { Collection, DocumentStore, Filter, StoredDocument, TransactionScope, Update } from '../ports/document-store'

/** At most this many written records are named per action; a bulk import names the first ones. */
const MAX_RECORDS = 20

/**
 * The store an action sees when auditing is on: the same store, noting which documents each
 * effective write touched (an update that matched nothing is no write), and refusing to update,
 * replace or delete anything in the append-only collection.
 */
export function trackWrites(store: DocumentStore, appendOnly: string): { store: DocumentStore; written: string[] } {
  const written: string[] = []
  const note = (collection: string, id: string) => {
    const key = `${collection}/${id}`
    if (written.length < MAX_RECORDS && !written.includes(key)) written.push(key)
  }
  const guard = (collection: string) => {
    if (collection === appendOnly) throw new Error(`${appendOnly} is append-only: entries are never updated or deleted`)
  }

  function wrap<T extends StoredDocument>(inner: Collection<T>): Collection<T> {
    const name = inner.name
    return {
      name,
      getById: (id) => inner.getById(id),
      getByIds: (ids) => inner.getByIds(ids),
      find: (filter, options) => inner.find(filter, options),
      findOne: (filter, options) => inner.findOne(filter, options),
      count: (filter) => inner.count(filter),
      group: (filter, spec) => inner.group(filter, spec),
      async insert(doc) {
        await inner.insert(doc)
        note(name, doc._id)
      },
      async insertUnlessExists(doc) {
        const inserted = await inner.insertUnlessExists(doc)
        if (inserted) note(name, doc._id)
        return inserted
      },
      async insertMany(docs) {
        await inner.insertMany(docs)
        docs.forEach((doc) => note(name, doc._id))
      },
      async updateOne(id: string, update: Update, condition?: Filter) {
        guard(name)
        const applied = await inner.updateOne(id, update, condition)
        if (applied) note(name, id)
        return applied
      },
      async updateMany(filter, update) {
        guard(name)
        const changed = await inner.updateMany(filter, update)
        if (changed > 0) note(name, '*')
        return changed
      },
      async replaceOne(doc, condition) {
        guard(name)
        const replaced = await inner.replaceOne(doc, condition)
        if (replaced) note(name, doc._id)
        return replaced
      },
      async deleteOne(id, condition) {
        guard(name)
        const deleted = await inner.deleteOne(id, condition)
        if (deleted) note(name, id)
        return deleted
      },
      async deleteMany(filter) {
        guard(name)
        const deleted = await inner.deleteMany(filter)
        if (deleted > 0) note(name, '*')
        return deleted
      },
    }
  }

  const scope = (tx: TransactionScope): TransactionScope => ({
    get: (collection, id) => tx.get(collection, id),
    async set(collection, doc) {
      guard(collection)
      await tx.set(collection, doc)
      note(collection, doc._id)
    },
    async update(collection, id, update) {
      guard(collection)
      await tx.update(collection, id, update)
      note(collection, id)
    },
    async delete(collection, id) {
      guard(collection)
      await tx.delete(collection, id)
      note(collection, id)
    },
  })

  return {
    written,
    store: {
      collection: <T extends StoredDocument>(name: string) => wrap(store.collection<T>(name)),
      runTransaction: (work) => store.runTransaction((tx) => work(scope(tx))),
    },
  }
}
