import { MAX_GROUPS, type GroupRow, type GroupSpec, type Scalar } from '../../ports/document-store'
import { elementRef, fieldRef, jsonPath } from './field-sql'
import type { FieldRef } from './field-sql'

/**
 * GROUP BY over the stored JSON. Keys keep their JSON type: booleans come back as booleans (SQLite's
 * json_extract would say 1/0), arrays and objects are not valid keys and group as null. Sums add
 * numbers only, as CloudBase's `$sum` does. The filter's WHERE text is the caller's (bound params).
 */
export function groupSql(table: string, where: string, spec: GroupSpec): { sql: string; read(row: Record<string, unknown>): GroupRow } {
  const sums = spec.sum ?? []
  // Filtered first, so the filter's column names (`id`, `doc`) never meet json_each's own `id`.
  let from = `(SELECT doc FROM ${table} WHERE ${where}) AS t`
  let key: FieldRef | null = null
  if (spec.by !== null) {
    if (spec.unwind) {
      from = `${from}, json_each(t.doc, ${jsonPath(spec.by)}) AS g`
      key = elementRef('g')
    } else {
      key = fieldRef(spec.by)
    }
  }
  const keyValue = key
    ? `CASE WHEN ${key.type} IN ('integer', 'real', 'text') THEN ${key.value} WHEN ${key.type} = 'true' THEN 'true' WHEN ${key.type} = 'false' THEN 'false' ELSE NULL END`
    : 'NULL'
  const keyType = key ? `CASE WHEN ${key.type} IN ('true', 'false') THEN 'boolean' ELSE '' END` : `''`
  const sumColumns = sums.map((field, i) => {
    const ref = fieldRef(field)
    return `, TOTAL(CASE WHEN ${ref.type} IN ('integer', 'real') THEN ${ref.value} ELSE 0 END) AS s${i}`
  })
  const sql =
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
