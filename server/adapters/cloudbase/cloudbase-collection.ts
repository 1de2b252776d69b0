import { DuplicateIdError, MAX_FIND_LIMIT } from '../../ports/document-store'
import { INSERT_MANY_TRANSACTION_DOCUMENTS, MAX_INSERT_MANY, MIN_SERVER_PAGE } from '../../ports/store-limits'
import type { Collection, Filter, FindOptions, GroupRow, GroupSpec, StoredDocument, Update } from '../../ports/document-store'
import { resolveFindOptions } from '../shared/find-options'
import { assertDocumentId, assertStorableDocument, uniqueIds } from '../shared/json-value'
import { normalizeFilter } from '../shared/normalize-filter'
import { normalizeUpdate } from '../shared/normalize-update'
import { UniqueConstraintError } from '../shared/unique-constraint-error'
import type { CloudBaseCollectionRef, CloudBaseDatabase, CloudBaseQuery } from './cloudbase-database'
import { isDocumentNotFoundError, isDuplicateKeyError } from './cloudbase-errors'
import { filterToCloudBase, matchEverything } from './filter-to-cloudbase'
import { applyPipeline, groupPipeline, readGroupRow } from './group-pipeline'
import { updateToCloudBase } from './update-to-cloudbase'

/** Fields CloudBase manages itself; replaceOne leaves them in place. */
const SYSTEM_FIELDS = new Set(['_id', '_openid'])

/**
 * The port's Collection over one CloudBase collection. Every write that must not race is a single
 * conditional request — `where({ _id, ...condition }).update(...)` — whose `stats.updated` says
 * whether it applied; nothing reads then writes, except replaceOne (see there).
 */
export class CloudBaseCollection<T extends StoredDocument> implements Collection<T> {
  constructor(
    /** The name callers use (errors report it); `physicalName` may carry a prefix. */
    readonly name: string,
    private readonly physicalName: string,
    private readonly db: CloudBaseDatabase,
  ) {}

  async getById(id: string): Promise<T | null> {
    assertDocumentId(id)
    // A query instead of doc(id).get(), which rejects for a missing document.
    const { data } = await this.ref().where({ _id: this.db.command.eq(id) }).limit(1).get()
    return (data[0] as T | undefined) ?? null
  }

  /**
   * At most MIN_SERVER_PAGE ids per query, so every answer fits in one server page whatever page
   * size the server uses (store-limits.ts); queries for more ids run one after another.
   */
  async getByIds(ids: readonly string[]): Promise<T[]> {
    const unique = uniqueIds(ids, MAX_FIND_LIMIT)
    const found: T[] = []
    for (let i = 0; i < unique.length; i += MIN_SERVER_PAGE) {
      const chunk = unique.slice(i, i + MIN_SERVER_PAGE)
      const { data } = await this.ref().where({ _id: this.db.command.in(chunk) }).limit(chunk.length).get()
      found.push(...(data as T[]))
    }
    return found
  }

  async insert(doc: T): Promise<void> {
    if (!(await this.add(doc))) throw new DuplicateIdError(this.name, doc._id)
  }

  insertUnlessExists(doc: T): Promise<boolean> {
    // Not doc(id).set(): that is an upsert and would overwrite.
    return this.add(doc)
  }

  /**
   * A batch `add` is not all-or-nothing, so documents are written in transactions that first check
   * each id, then set it (throwing DuplicateIdError inside one rolls it back). One transaction holds
   * at most INSERT_MANY_TRANSACTION_DOCUMENTS documents (store-limits.ts); a larger batch is first
   * checked as a whole, so an existing id still writes nothing — only an id inserted by someone else
   * while the chunks are being written can leave the earlier chunks in place.
   */
  async insertMany(docs: readonly T[]): Promise<void> {
    if (docs.length > MAX_INSERT_MANY) throw new RangeError(`at most ${MAX_INSERT_MANY} documents per insertMany`)
    const seen = new Set<string>()
    for (const doc of docs) {
      assertStorableDocument(doc)
      if (seen.has(doc._id)) throw new DuplicateIdError(this.name, doc._id)
      seen.add(doc._id)
    }
    if (docs.length === 0) return
    if (docs.length > INSERT_MANY_TRANSACTION_DOCUMENTS) {
      const [existing] = await this.getByIds(docs.map((doc) => doc._id))
      if (existing) throw new DuplicateIdError(this.name, existing._id)
    }
    for (let i = 0; i < docs.length; i += INSERT_MANY_TRANSACTION_DOCUMENTS) {
      await this.write(this.insertInOneTransaction(docs.slice(i, i + INSERT_MANY_TRANSACTION_DOCUMENTS)))
    }
  }

  private insertInOneTransaction(docs: readonly T[]): Promise<void> {
    return this.db.runTransaction(async (tx) => {
      const target = tx.collection(this.physicalName)
      for (const doc of docs) {
        const exists = await target
          .doc(doc._id)
          .get()
          .then(
            (res) => res.data !== null && res.data !== undefined,
            (error: unknown) => {
              if (isDocumentNotFoundError(error)) return false
              throw error
            },
          )
        if (exists) throw new DuplicateIdError(this.name, doc._id)
      }
      for (const doc of docs) await target.doc(doc._id).set({ data: withoutId(doc) })
    })
  }

  async find(filter: Filter, options?: FindOptions): Promise<T[]> {
    const { orderBy, limit, skip } = resolveFindOptions(options)
    let query = this.query(filter)
    for (const [field, direction] of orderBy) query = query.orderBy(field, direction)
    // Same tiebreak as SQLite, so paging with skip is deterministic on both.
    if (!orderBy.some(([field]) => field === '_id')) query = query.orderBy('_id', 'asc')
    return (await readPages(query, skip, limit)) as T[]
  }

  async findOne(filter: Filter, options?: Omit<FindOptions, 'limit'>): Promise<T | null> {
    const [first] = await this.find(filter, { ...options, limit: 1 })
    return first ?? null
  }

  async count(filter: Filter): Promise<number> {
    const { total } = await this.query(filter).count()
    return total
  }

  async group(filter: Filter, spec: GroupSpec): Promise<GroupRow[]> {
    const condition = filterToCloudBase(normalizeFilter(filter), this.db)
    const result = await applyPipeline(this.ref().aggregate(), groupPipeline(condition, spec, this.db)).end()
    return (result.list ?? result.data ?? []).map((row) => readGroupRow(row, spec))
  }

  async updateOne(id: string, update: Update, condition?: Filter): Promise<boolean> {
    const data = updateToCloudBase(normalizeUpdate(update), this.db.command)
    const { stats } = await this.write(this.query(byId(id, condition)).update({ data }))
    return stats.updated === 1
  }

  async updateMany(filter: Filter, update: Update): Promise<number> {
    const data = updateToCloudBase(normalizeUpdate(update), this.db.command)
    const { stats } = await this.write(this.query(filter, true).update({ data }))
    return stats.updated
  }

  /**
   * CloudBase cannot replace a document conditionally in one request (`doc.set` has no condition),
   * so this reads the current fields to know which to remove, then issues one conditional update
   * that sets every new field and removes every old one. A field that another writer adds between
   * the read and the update survives; everything else is exact. Use updateOne on hot paths.
   */
  async replaceOne(doc: T, condition?: Filter): Promise<boolean> {
    assertStorableDocument(doc)
    const current = await this.getById(doc._id)
    if (!current) return false
    const data: Record<string, object> = {}
    for (const [field, value] of Object.entries(doc)) {
      if (!SYSTEM_FIELDS.has(field)) data[field] = this.db.command.set(value)
    }
    for (const field of Object.keys(current)) {
      if (!SYSTEM_FIELDS.has(field) && !(field in doc)) data[field] = this.db.command.remove()
    }
    if (Object.keys(data).length === 0) return false // nothing to change; CloudBase rejects empty data
    const { stats } = await this.write(this.query(byId(doc._id, condition)).update({ data }))
    return stats.updated === 1
  }

  async deleteOne(id: string, condition?: Filter): Promise<boolean> {
    const { stats } = await this.query(byId(id, condition)).remove()
    return stats.removed === 1
  }

  async deleteMany(filter: Filter): Promise<number> {
    const { stats } = await this.query(filter, true).remove()
    return stats.removed
  }

  private ref(): CloudBaseCollectionRef {
    return this.db.collection(this.physicalName)
  }

  /** The collection narrowed by `filter`; `forWrite` never leaves a bulk write without a condition. */
  private query(filter: Filter, forWrite = false): CloudBaseQuery {
    const condition = filterToCloudBase(normalizeFilter(filter), this.db) ?? (forWrite ? matchEverything(this.db) : null)
    return condition ? this.ref().where(condition) : this.ref()
  }

  /**
   * true when inserted, false when the id exists; other failures propagate. A duplicate-key error
   * may also come from another unique index, so it counts as "id exists" only if a document with
   * this id is actually there; otherwise it becomes UniqueConstraintError.
   */
  private async add(doc: T): Promise<boolean> {
    assertStorableDocument(doc)
    try {
      await this.ref().add({ data: { ...doc } })
      return true
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error
      if (await this.getById(doc._id)) return false
      throw new UniqueConstraintError(this.name, errorMessage(error), { cause: error })
    }
  }

  /** Runs a conditional write, reporting unique-index violations like the SQLite adapter. */
  private async write<R>(request: Promise<R>): Promise<R> {
    try {
      return await request
    } catch (error) {
      if (isDuplicateKeyError(error)) throw new UniqueConstraintError(this.name, errorMessage(error), { cause: error })
      throw error
    }
  }
}

/**
 * Up to `limit` documents from `skip` on. The server may answer with fewer rows than asked even
 * when more exist (its page may be 100 or 1000: store-limits.ts, MIN_SERVER_PAGE), so a short
 * page ends the read only when it is shorter than any server page; otherwise the next page is
 * asked for, and an empty one ends it.
 */
async function readPages(query: CloudBaseQuery, skip: number, limit: number): Promise<unknown[]> {
  const rows: unknown[] = []
  while (rows.length < limit) {
    const wanted = limit - rows.length
    const offset = skip + rows.length
    const { data } = await (offset > 0 ? query.skip(offset) : query).limit(wanted).get()
    rows.push(...data.slice(0, wanted))
    if (data.length === 0 || (data.length < wanted && data.length < MIN_SERVER_PAGE)) break
  }
  return rows
}

/** Document `id` and, if given, the condition; an `_id` in the condition cannot widen the match. */
function byId(id: string, condition: Filter | undefined): Filter {
  assertDocumentId(id)
  if (!condition) return { _id: id }
  return '_id' in condition ? { $and: [{ _id: id }, condition] } : { _id: id, ...condition }
}

function errorMessage(error: unknown): string {
  const message = typeof error === 'object' && error !== null ? (error as { message?: unknown }).message : undefined
  return typeof message === 'string' ? message : String(error)
}

/** CloudBase takes the id from `doc(id)`; `_id` inside `set` data is rejected. */
export function withoutId(doc: StoredDocument): Record<string, unknown> {
  const rest: Record<string, unknown> = { ...doc }
  delete rest._id
  return rest
}
