import { MAX_GROUPS, type GroupRow, type GroupSpec, type Scalar } from '../../ports/document-store'
import { elementRef, fieldRef } from './field-sql'
import type { FieldRef } from './field-sql'

/**
 * GROUP BY over the stored JSON. Keys keep their JSON type: booleans come back as booleans (SQLite's
 * json_extract would say 1/0), arrays and objects are not valid keys and group as null. Sums add
 * numbers only, as CloudBase's `$sum` does. The filter's WHERE text is the caller's (bound params).
 *
 * Two steps: the matching rows' key and summed values are selected first (a materialized CTE), then
 * grouped. SQLite takes an indexed expression from a covering index only outside GROUP BY, so this
 * shape lets a covering index (see schema.ts) answer the whole query without parsing a document.
 */
export function groupSql(table: string, where: string, spec: GroupSpec): { sql: string; read(row: Record<string, unknown>): GroupRow } {
  const sums = spec.sum ?? []
  const selected: string[] = []
  let from = 't'
  let key: FieldRef | null = null
  if (spec.by !== null) {
    const ref = fieldRef(spec.by)
    if (spec.unwind) {
      selected.push(`${elementsJson(ref)} AS j`)
      from = `t, json_each(t.j) AS g`
      key = elementRef('g')
    } else {
      selected.push(`${ref.value} AS kv`, `${ref.type} AS kty`)
      key = { value: 'kv', type: 'kty' }
    }
  }
  sums.forEach((field, i) => {
    const ref = fieldRef(field)
    selected.push(`CASE WHEN ${ref.type} IN ('integer', 'real') THEN ${ref.value} ELSE 0 END AS v${i}`)
  })
  if (selected.length === 0) selected.push('1 AS one')
  const keyValue = key
    ? `CASE WHEN ${key.type} IN ('integer', 'real', 'text') THEN ${key.value} WHEN ${key.type} = 'true' THEN 'true' WHEN ${key.type} = 'false' THEN 'false' ELSE NULL END`
    : 'NULL'
  const keyType = key ? `CASE WHEN ${key.type} IN ('true', 'false') THEN 'boolean' ELSE '' END` : `''`
  const sumColumns = sums.map((_, i) => `, TOTAL(v${i}) AS s${i}`)
  const sql =
    `WITH t AS MATERIALIZED (SELECT ${selected.join(', ')} FROM ${table} WHERE ${where}) ` +
    `SELECT ${keyValue} AS k, ${keyType} AS kt, COUNT(*) AS n${sumColumns.join('')} FROM ${from} ` +
    `GROUP BY k, kt ORDER BY n DESC, k ASC LIMIT ${MAX_GROUPS}`
  return {
    sql,
    read(row) {
      const raw = row.k as string | number | null
      const keyOut: Scalar = row.kt === 'boolean' ? raw === 'true' : raw
      const totals: Record<string, number> = {}
      sums.forEach((field, i) => {
        totals[field] = row[`s${i}`] as number
      })
      return { key: keyOut, count: row.n as number, sums: totals }
    },
  }
}

/**
 * The JSON text whose elements `json_each` walks, built only from the field's value and type (both
 * in a covering index) yet walking exactly what `json_each(doc, path)` would: an array's (or an
 * object's) members, a scalar as its one element, nothing for a missing field. The CASTs matter:
 * SQLite does not take json_extract from an index when it is the argument of another JSON function.
 */
function elementsJson(ref: FieldRef): string {
  return (
    `CASE WHEN ${ref.type} IS NULL THEN NULL WHEN ${ref.type} IN ('array', 'object') THEN ${ref.value} ` +
    `WHEN ${ref.type} IN ('true', 'false', 'null') THEN ${ref.type} ` +
    `WHEN ${ref.type} = 'text' THEN json_quote(CAST(${ref.value} AS TEXT)) ELSE CAST(${ref.value} AS TEXT) END`
  )
}
