/**
 * The data-access port. Two adapters implement it: CloudBase (wx-server-sdk database) in production
 * and embedded SQLite locally and in tests. Its semantics are the intersection of both:
 *  - documents are JSON objects with a string `_id`; instants are stored as ISO-8601 UTC strings;
 *  - `find` returns at most 1000 documents per call (CloudBase's server-side cap): callers page.
 *    It returns fewer than `limit` only when no more documents match: the CloudBase adapter reads
 *    the server's (possibly smaller) pages until then (store-limits.ts, MIN_SERVER_PAGE), and the
 *    limits contract pins this on an in-memory CloudBase that cuts every answer at 100 rows;
 *  - every write that must not race is a conditional update of ONE document (`updateOne` with a
 *    condition), whose boolean result says whether it applied — never read-then-write;
 *  - `runTransaction` is for small groups of documents addressed by id only (at most
 *    MAX_TRANSACTION_OPERATIONS operations).
 * Field paths may use dots for nested fields ("profile.name").
 */

export type Scalar = string | number | boolean | null

/**
 * Comparison semantics (both adapters; pinned by document-store.contract.ts):
 *  - equality compares the whole value and its type (1 ≠ true ≠ "1"); `null` also matches a
 *    missing field, and $ne / $nin also match documents without the field;
 *  - never compare an array field with plain equality (CloudBase would match an element, SQLite
 *    would not): use $contains / $containsAny;
 *  - $gt/$gte/$lt/$lte compare numbers only with numbers and strings only with strings.
 */
export interface FieldOperators {
  $eq?: Scalar
  $ne?: Scalar
  $gt?: number | string
  $gte?: number | string
  $lt?: number | string
  $lte?: number | string
  $in?: Scalar[]
  $nin?: Scalar[]
  $exists?: boolean
  /** The field is an array that contains this value. */
  $contains?: Scalar
  /** The field is an array that contains at least one of these values. */
  $containsAny?: Scalar[]
  /** Case-insensitive substring match on a string field (search boxes). */
  $search?: string
}

export type FieldCondition = Scalar | FieldOperators

export interface Filter {
  [field: string]: FieldCondition | Filter[] | undefined
  $and?: Filter[]
  $or?: Filter[]
}

export interface Update {
  $set?: Record<string, unknown>
  $unset?: string[]
  $inc?: Record<string, number>
  /** Append values to array fields. */
  $push?: Record<string, unknown[]>
  /** Add values to array fields unless already present. */
  $addToSet?: Record<string, Scalar[]>
  /** Remove all occurrences of values from array fields. */
  $pull?: Record<string, Scalar[]>
}

export type SortDirection = 'asc' | 'desc'

export interface FindOptions {
  orderBy?: ReadonlyArray<readonly [field: string, direction: SortDirection]>
  /** Default 100, at most 1000. */
  limit?: number
  skip?: number
}

// The numbers below come from CloudBase; store-limits.ts gives each one's source.
export { MAX_FIND_LIMIT, MAX_INSERT_MANY, MAX_TRANSACTION_OPERATIONS } from './store-limits'
export const DEFAULT_FIND_LIMIT = 100

/**
 * A grouped count computed by the database (SQL GROUP BY on SQLite, an aggregate pipeline on
 * CloudBase), so dashboards never load whole collections into a function.
 */
export interface GroupSpec {
  /** The field whose value keys each group; null puts every match in one group. */
  by: string | null
  /** `by` is an array field: each element keys its own group (a document counts once per element). */
  unwind?: boolean
  /** Numeric fields to total per group; a missing or non-numeric value adds 0. */
  sum?: readonly string[]
}

export interface GroupRow {
  /** The group's value of `by` (null for a missing field, and for the single group when `by` is null). */
  key: Scalar
  count: number
  /** Per field named in `sum`. */
  sums: Record<string, number>
}

/** At most this many groups come back, largest first. */
export const MAX_GROUPS = 1000

export interface StoredDocument {
  _id: string
}

export interface Collection<T extends StoredDocument> {
  readonly name: string
  getById(id: string): Promise<T | null>
  /** Documents for these ids, in no particular order; missing ids are left out. At most 1000 ids. */
  getByIds(ids: readonly string[]): Promise<T[]>
  /** Inserts; throws `DuplicateIdError` when a document with this `_id` exists. */
  insert(doc: T): Promise<void>
  /** Inserts unless a document with this `_id` exists; true when this call inserted it. */
  insertUnlessExists(doc: T): Promise<boolean>
  /**
   * Inserts several documents (at most MAX_INSERT_MANY; RangeError above). Throws DuplicateIdError,
   * inserting none, if any id exists or repeats. CloudBase writes a large batch in several
   * transactions, so only if another writer inserts one of the same ids DURING the call can the
   * chunks written before that point stay (SQLite writes the batch in one step and cannot race).
   */
  insertMany(docs: readonly T[]): Promise<void>
  find(filter: Filter, options?: FindOptions): Promise<T[]>
  findOne(filter: Filter, options?: Omit<FindOptions, 'limit'>): Promise<T | null>
  count(filter: Filter): Promise<number>
  /** Groups of the matching documents, largest count first (ties by key), at most MAX_GROUPS. */
  group(filter: Filter, spec: GroupSpec): Promise<GroupRow[]>
  /**
   * Atomically applies `update` to the document `id` if it exists and matches `condition`.
   * Returns true when it applied. This is the primitive every invariant relies on.
   * "Applied" means the document changed: an update that would leave it exactly as it was returns
   * false, because CloudBase's `stats.updated` counts modified documents, not matched ones.
   */
  updateOne(id: string, update: Update, condition?: Filter): Promise<boolean>
  /** Applies `update` to every match; returns how many documents changed. Not atomic as a whole. */
  updateMany(filter: Filter, update: Update): Promise<number>
  /**
   * Replaces the whole document (same `_id`), if it exists and matches `condition`; true when it
   * changed. On CloudBase this is a read plus one conditional update (prefer updateOne when racing).
   */
  replaceOne(doc: T, condition?: Filter): Promise<boolean>
  deleteOne(id: string, condition?: Filter): Promise<boolean>
  deleteMany(filter: Filter): Promise<number>
}

/** Operations allowed inside a transaction: by id only, as on CloudBase. */
export interface TransactionScope {
  get<T extends StoredDocument>(collection: string, id: string): Promise<T | null>
  /** Creates or overwrites the document. */
  set<T extends StoredDocument>(collection: string, doc: T): Promise<void>
  /** Updates the document if it exists; a missing document stays missing (no upsert). */
  update(collection: string, id: string, update: Update): Promise<void>
  /** Deletes the document if it exists. */
  delete(collection: string, id: string): Promise<void>
}

export interface DocumentStore {
  collection<T extends StoredDocument>(name: string): Collection<T>
  /**
   * Runs `work` atomically; throwing inside aborts every write it made. Inside `work` use only the
   * TransactionScope (the SQLite adapter rejects calls to the store itself), and keep it free of
   * outside side effects: CloudBase re-runs `work` after a write conflict. At most
   * MAX_TRANSACTION_OPERATIONS get/set/update/delete calls; one more throws a RangeError (and rolls back).
   */
  runTransaction<R>(work: (tx: TransactionScope) => Promise<R>): Promise<R>
}

export class DuplicateIdError extends Error {
  constructor(
    readonly collection: string,
    readonly id: string,
  ) {
    super(`document ${collection}/${id} already exists`)
    this.name = 'DuplicateIdError'
  }
}
