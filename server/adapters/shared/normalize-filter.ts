import type { FieldCondition, FieldOperators, Filter, Scalar } from '../../ports/document-store'
import { assertFieldPath } from './field-path'
import { isPlainObject, isScalar } from './json-value'

/**
 * A validated, explicit form of a `Filter`, shared by both adapters so that they accept and reject
 * exactly the same input. The shape mirrors the input (fields + $and + $or per level) because the
 * CloudBase translation keeps that structure in the command tree it builds.
 */
export type FieldPredicate =
  | { op: 'eq' | 'ne' | 'contains'; value: Scalar }
  | { op: 'gt' | 'gte' | 'lt' | 'lte'; value: number | string }
  | { op: 'in' | 'nin' | 'containsAny'; values: Scalar[] }
  | { op: 'exists'; value: boolean }
  | { op: 'search'; value: string }

export interface FieldClause {
  path: string
  predicates: FieldPredicate[]
}

export interface NormalizedFilter {
  /** Every clause must hold (AND). */
  fields: FieldClause[]
  /** Every sub-filter must hold; an empty list adds no constraint. */
  and: NormalizedFilter[]
  /** When present, at least one sub-filter must hold; an empty list matches nothing. */
  or: NormalizedFilter[] | null
}

export class InvalidFilterError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'InvalidFilterError'
  }
}

export function normalizeFilter(filter: Filter): NormalizedFilter {
  if (!isPlainObject(filter)) throw new InvalidFilterError('a filter must be a plain object')
  const result: NormalizedFilter = { fields: [], and: [], or: null }
  for (const [key, condition] of Object.entries(filter)) {
    if (condition === undefined) continue // lets callers write `{ status: maybeStatus }`
    if (key === '$and' || key === '$or') {
      if (!Array.isArray(condition)) throw new InvalidFilterError(`${key} takes an array of filters`)
      const children = condition.map((child) => normalizeFilter(child))
      if (key === '$and') result.and = children
      else result.or = children
      continue
    }
    if (key.startsWith('$')) throw new InvalidFilterError(`unknown logical operator ${key}`)
    assertFieldPath(key)
    if (Array.isArray(condition)) {
      throw new InvalidFilterError(`${key}: arrays are not conditions; use $contains / $containsAny / $in`)
    }
    result.fields.push({ path: key, predicates: normalizeCondition(key, condition) })
  }
  return result
}

function normalizeCondition(path: string, condition: FieldCondition): FieldPredicate[] {
  if (isScalar(condition)) return [{ op: 'eq', value: condition }]
  if (!isPlainObject(condition)) throw new InvalidFilterError(`${path}: unsupported condition value`)
  const entries = Object.entries(condition as FieldOperators).filter(([, v]) => v !== undefined)
  if (entries.length === 0) throw new InvalidFilterError(`${path}: an operator object needs at least one operator`)
  return entries.map(([op, operand]) => normalizeOperator(path, op, operand))
}

function normalizeOperator(path: string, op: string, operand: unknown): FieldPredicate {
  const fail = (expected: string): never => {
    throw new InvalidFilterError(`${path}: ${op} expects ${expected}`)
  }
  switch (op) {
    case '$eq':
    case '$ne':
    case '$contains':
      if (!isScalar(operand)) return fail('a string, finite number, boolean or null')
      return { op: op === '$eq' ? 'eq' : op === '$ne' ? 'ne' : 'contains', value: operand }
    case '$gt':
    case '$gte':
    case '$lt':
    case '$lte':
      if (typeof operand !== 'string' && !(typeof operand === 'number' && Number.isFinite(operand))) {
        return fail('a string or a finite number')
      }
      return { op: op.slice(1) as 'gt' | 'gte' | 'lt' | 'lte', value: operand }
    case '$in':
    case '$nin':
    case '$containsAny':
      if (!Array.isArray(operand) || !operand.every(isScalar)) return fail('an array of scalars')
      return { op: op === '$in' ? 'in' : op === '$nin' ? 'nin' : 'containsAny', values: [...operand] }
    case '$exists':
      if (typeof operand !== 'boolean') return fail('a boolean')
      return { op: 'exists', value: operand }
    case '$search':
      if (typeof operand !== 'string') return fail('a string')
      return { op: 'search', value: operand }
    default:
      throw new InvalidFilterError(`${path}: unknown operator ${op}`)
  }
}
