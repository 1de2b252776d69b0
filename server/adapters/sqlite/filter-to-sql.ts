import type { Scalar } from '../../ports/document-store'
import type { FieldPredicate, NormalizedFilter } from '../shared/normalize-filter'
import { elementRef, fieldRef, jsonPath } from './field-sql'
import type { FieldRef } from './field-sql'

export type SqlParam = string | number | null

export interface SqlFragment {
  sql: string
  params: SqlParam[]
}

/**
 * Compiles a normalized filter into a WHERE expression with bound parameters; values never enter
 * the SQL text. Sub-expressions may evaluate to NULL for "missing field"; WHERE treats NULL as
 * false and AND/OR keep that meaning, so only negations wrap their operand in COALESCE(…, 0).
 */
export function filterToSql(filter: NormalizedFilter): SqlFragment {
  const params: SqlParam[] = []
  return { sql: compileFilter(filter, params), params }
}

function compileFilter(filter: NormalizedFilter, params: SqlParam[]): string {
  const terms: string[] = []
  for (const clause of filter.fields) {
    for (const predicate of clause.predicates) terms.push(compilePredicate(clause.path, predicate, params))
  }
  for (const child of filter.and) terms.push(compileFilter(child, params))
  if (filter.or) {
    terms.push(filter.or.length === 0 ? '0' : `(${filter.or.map((c) => compileFilter(c, params)).join(' OR ')})`)
  }
  return terms.length === 0 ? '1' : `(${terms.join(' AND ')})`
}

function compilePredicate(path: string, predicate: FieldPredicate, params: SqlParam[]): string {
  const ref = fieldRef(path)
  switch (predicate.op) {
    case 'eq':
      return equals(ref, predicate.value, params)
    case 'ne':
      return not(equals(ref, predicate.value, params))
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte': {
      const sqlOp = { gt: '>', gte: '>=', lt: '<', lte: '<=' }[predicate.op]
      params.push(predicate.value)
      // Mongo compares only within a type bracket; SQLite would rank every string above every number.
      return `(${typeIs(ref, typeof predicate.value === 'number' ? 'number' : 'text')} AND ${ref.value} ${sqlOp} ?)`
    }
    case 'in':
      return anyOf(ref, predicate.values, params)
    case 'nin':
      return not(anyOf(ref, predicate.values, params))
    case 'exists':
      return `${ref.type} IS ${predicate.value ? 'NOT NULL' : 'NULL'}`
    case 'contains':
      return arrayHasAny(path, [predicate.value], params)
    case 'containsAny':
      return arrayHasAny(path, predicate.values, params)
    case 'search':
      params.push(predicate.value)
      // A JS function (registered on the connection) so case folding is Unicode-aware like
      // CloudBase's /…/i regular expression; SQLite's lower() folds ASCII only. No LIKE, so
      // "%" and "_" in the search text are ordinary characters.
      return `(${ref.type} = 'text' AND doc_contains_ci(${ref.value}, ?) = 1)`
  }
}

function typeIs(ref: FieldRef, kind: 'number' | 'text'): string {
  return kind === 'number' ? `${ref.type} IN ('integer', 'real')` : `${ref.type} = 'text'`
}

/**
 * Typed equality. `null` matches JSON null and a missing field (Mongo semantics). Equality compares
 * the whole value: a scalar never equals an array field here — use $contains for membership.
 */
function equals(ref: FieldRef, value: Scalar, params: SqlParam[]): string {
  if (value === null) return `COALESCE(${ref.type}, 'null') = 'null'`
  if (typeof value === 'boolean') {
    params.push(value ? 'true' : 'false')
    return `${ref.type} = ?`
  }
  params.push(value)
  return `(${typeIs(ref, typeof value === 'number' ? 'number' : 'text')} AND ${ref.value} = ?)`
}

function anyOf(ref: FieldRef, values: Scalar[], params: SqlParam[]): string {
  if (values.length === 0) return '0'
  // All strings or all numbers: one type check and one IN list, which SQLite answers with a
  // single index search (an OR of equalities becomes one search per value, merged by rowid, and
  // then cannot stay inside a covering index).
  for (const kind of ['string', 'number'] as const) {
    if (values.length > 1 && values.every((v) => typeof v === kind)) {
      params.push(...(values as Array<string | number>))
      return `(${typeIs(ref, kind === 'number' ? 'number' : 'text')} AND ${ref.value} IN (${values.map(() => '?').join(', ')}))`
    }
  }
  return `(${values.map((v) => equals(ref, v, params)).join(' OR ')})`
}

function not(sql: string): string {
  return `NOT COALESCE(${sql}, 0)`
}

function arrayHasAny(path: string, values: Scalar[], params: SqlParam[]): string {
  const ref = fieldRef(path)
  const element = elementRef('e')
  return (
    `(${ref.type} = 'array' AND EXISTS (SELECT 1 FROM json_each(doc, ${jsonPath(path)}) AS e ` +
    `WHERE ${anyOf(element, values, params)}))`
  )
}

export function orderBySql(orderBy: ReadonlyArray<readonly [string, 'asc' | 'desc']>): string {
  // The id tiebreak makes paging with skip deterministic when sort keys repeat.
  const keys = orderBy.map(([field, dir]) => `${fieldRef(field).value} ${dir === 'desc' ? 'DESC' : 'ASC'}`)
  return `ORDER BY ${[...keys, 'id ASC'].join(', ')}`
}

/**
 * A page of documents (bind the WHERE params, then limit and skip). Rows are chosen first and their
 * documents read after: the choice (filter, ordering, skip) can then come from a covering index
 * alone (see schema.ts), and only the returned documents are read — the value at rank 8,000 of a
 * year's reports reads one document, not 8,000.
 */
export function findSql(table: string, where: string, orderBy: ReadonlyArray<readonly [string, 'asc' | 'desc']>): string {
  const order = orderBySql(orderBy)
  return `SELECT doc FROM ${table} WHERE rowid IN (SELECT rowid FROM ${table} WHERE ${where} ${order} LIMIT ? OFFSET ?) ${order}`
}
