import type { Scalar, StoredDocument } from '../../ports/document-store'

/**
 * Documents must survive a round trip through JSON (SQLite stores text) and be accepted by
 * CloudBase (no "." in keys, no "$" prefix). Rejecting anything else up front keeps both adapters
 * storing the same thing: e.g. a `Date` would become a string in SQLite but a BSON date in CloudBase.
 */
export class InvalidDocumentError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'InvalidDocumentError'
  }
}

export function isScalar(value: unknown): value is Scalar {
  return (
    value === null ||
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    (typeof value === 'number' && Number.isFinite(value))
  )
}

/**
 * An object literal (or Object.create(null)). Checked without comparing to `Object.prototype`
 * because objects can come from another realm (worker, vm context, structuredClone under jest).
 */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const proto: unknown = Object.getPrototypeOf(value)
  return proto === null || Object.getPrototypeOf(proto) === null
}

/** Deep copy of a validated JSON value (also drops any foreign-realm prototypes). */
export function cloneJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T
}

export function assertJsonValue(value: unknown, where: string): void {
  // Every document written is checked, a fan-out 100,000 of them: the walk that names the bad
  // field builds a path string per value, so it runs only once the cheap walk has found one.
  if (isJsonTree(value)) return
  throwAtInvalidValue(value, where)
  throw new InvalidDocumentError(`${where}: not a JSON value`) // unreachable: both walks test the same rules
}

/** The rules of `throwAtInvalidValue` without building paths (holes in arrays are skipped by both). */
function isJsonTree(value: unknown): boolean {
  if (isScalar(value)) return true
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (i in value && !isJsonTree(value[i])) return false
    return true
  }
  if (!isPlainObject(value)) return false
  for (const key of Object.keys(value)) {
    if (!isStorableKey(key) || !isJsonTree(value[key])) return false
  }
  return true
}

const isStorableKey = (key: string) => key !== '' && !key.includes('.') && !key.startsWith('$')

function throwAtInvalidValue(value: unknown, where: string): void {
  if (isScalar(value)) return
  if (Array.isArray(value)) {
    value.forEach((item, i) => throwAtInvalidValue(item, `${where}[${i}]`))
    return
  }
  if (isPlainObject(value)) {
    for (const [key, item] of Object.entries(value)) {
      if (!isStorableKey(key)) {
        throw new InvalidDocumentError(`${where}: key ${JSON.stringify(key)} may not be empty, contain "." or start with "$"`)
      }
      throwAtInvalidValue(item, `${where}.${key}`)
    }
    return
  }
  const kind = value instanceof Date ? 'a Date (store an ISO-8601 string)' : typeof value
  throw new InvalidDocumentError(`${where}: ${kind} is not a JSON value`)
}

export function assertDocumentId(id: unknown): asserts id is string {
  if (typeof id !== 'string' || id.length === 0) {
    throw new InvalidDocumentError(`document _id must be a non-empty string, got ${JSON.stringify(id)}`)
  }
}

export function assertStorableDocument(doc: StoredDocument): void {
  if (!isPlainObject(doc)) throw new InvalidDocumentError('a document must be a plain object')
  assertDocumentId(doc._id)
  assertJsonValue(doc, doc._id)
}

/** Validates an id list for `getByIds` and removes repeats (both back ends would return one copy). */
export function uniqueIds(ids: readonly string[], max: number): string[] {
  if (ids.length > max) throw new RangeError(`at most ${max} ids per call, got ${ids.length}`)
  ids.forEach(assertDocumentId)
  return [...new Set(ids)]
}
