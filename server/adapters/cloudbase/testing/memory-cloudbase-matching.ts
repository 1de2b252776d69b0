/**
 * MongoDB's matching and ordering rules, as far as the CloudBase adapter relies on them, for the
 * in-memory CloudBase stand-in (memory-cloudbase-database.ts).
 */
export type Doc = Record<string, unknown>

/** What the stand-in's `db.command.*` builds. */
export interface Cmd {
  $cmd: string
  args: unknown[]
}

export function isCommand(value: unknown): value is Cmd {
  return typeof value === 'object' && value !== null && typeof (value as Partial<Cmd>).$cmd === 'string'
}

function isObject(value: unknown): value is Doc {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function getPath(doc: unknown, path: string): unknown {
  let current: unknown = doc
  for (const part of path.split('.')) {
    if (!isObject(current)) return undefined
    current = current[part]
  }
  return current
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => deepEqual(x, b[i]))
  }
  if (!isObject(a) || !isObject(b)) return false
  const keys = Object.keys(a)
  return keys.length === Object.keys(b).length && keys.every((k) => k in b && deepEqual(a[k], b[k]))
}

/** Mongo equality: null also matches a missing field; an array field matches any equal element. */
function equals(value: unknown, wanted: unknown): boolean {
  if (wanted === null) return value === undefined || value === null
  if (Array.isArray(value) && !Array.isArray(wanted)) return value.some((element) => deepEqual(element, wanted))
  return deepEqual(value, wanted)
}

/** Range comparisons only within one type bracket (numbers with numbers, strings with strings). */
function inRange(value: unknown, bound: unknown, test: (order: number) => boolean): boolean {
  if (Array.isArray(value)) return value.some((element) => inRange(element, bound, test))
  if (typeof value !== typeof bound || (typeof value !== 'number' && typeof value !== 'string')) return false
  return test(compareValues(value, bound))
}

function fieldMatches(value: unknown, condition: unknown): boolean {
  if (!isCommand(condition)) return equals(value, condition)
  const [arg] = condition.args
  switch (condition.$cmd) {
    case 'eq':
      return equals(value, arg)
    case 'neq':
      return !equals(value, arg)
    case 'gt':
      return inRange(value, arg, (o) => o > 0)
    case 'gte':
      return inRange(value, arg, (o) => o >= 0)
    case 'lt':
      return inRange(value, arg, (o) => o < 0)
    case 'lte':
      return inRange(value, arg, (o) => o <= 0)
    case 'in':
      // Scalars compare by identity, as deepEqual would; the shortcut keeps 1000-id lookups fast.
      if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return (arg as unknown[]).includes(value)
      return (arg as unknown[]).some((wanted) => equals(value, wanted))
    case 'nin':
      return !(arg as unknown[]).some((wanted) => equals(value, wanted))
    case 'exists':
      return (value !== undefined) === arg
    case 'and':
      return condition.args.every((c) => fieldMatches(value, c))
    case 'or':
      return condition.args.some((c) => fieldMatches(value, c))
    case 'regexp': {
      const pattern = arg as RegExp
      const test = (v: unknown) => typeof v === 'string' && pattern.test(v)
      return Array.isArray(value) ? value.some(test) : test(value)
    }
    default:
      throw new Error(`the stand-in does not know the query command ${condition.$cmd}`)
  }
}

/** A `where` condition: `{ path: condition, … }`, or `_.and(...)` / `_.or(...)` of such objects. */
export function evaluateCondition(doc: Doc, condition: object): boolean {
  if (isCommand(condition)) {
    const children = condition.args as object[]
    if (condition.$cmd === 'and') return children.every((c) => evaluateCondition(doc, c))
    if (condition.$cmd === 'or') return children.some((c) => evaluateCondition(doc, c))
    throw new Error(`the stand-in does not know the top-level command ${condition.$cmd}`)
  }
  return Object.entries(condition).every(([path, c]) => fieldMatches(getPath(doc, path), c))
}

/** BSON order: missing/null < numbers < strings < objects < arrays < booleans. */
function typeRank(value: unknown): number {
  if (value === undefined || value === null) return 1
  if (typeof value === 'number') return 2
  if (typeof value === 'string') return 3
  if (Array.isArray(value)) return 5
  if (typeof value === 'boolean') return 6
  return 4
}

export function compareValues(a: unknown, b: unknown): number {
  const rank = typeRank(a) - typeRank(b)
  if (rank !== 0) return Math.sign(rank)
  if (typeof a === 'number' && typeof b === 'number') return Math.sign(a - b)
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b)
  return 0
}
