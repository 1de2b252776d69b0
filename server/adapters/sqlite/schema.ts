import type { IndexSpec } from '../../ports/collection-spec'
import { fieldRef } from './field-sql'

const COLLECTION_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/

/** Collection names become table names, so they are identifiers and never SQLite's own `sqlite_*`. */
export function assertCollectionName(name: string): void {
  if (!COLLECTION_NAME.test(name) || name.toLowerCase().startsWith('sqlite_')) {
    throw new Error(`invalid collection name ${JSON.stringify(name)}: use letters, digits and _`)
  }
}

export function quoteTable(name: string): string {
  assertCollectionName(name)
  return `"${name}"`
}

export function createTableSql(name: string): string {
  return `CREATE TABLE IF NOT EXISTS ${quoteTable(name)} (id TEXT PRIMARY KEY NOT NULL, doc TEXT NOT NULL)`
}

const pathPart = (field: string) => field.replace(/\./g, '_')

export function indexName(collection: string, spec: IndexSpec): string {
  const parts = spec.fields.map(([field, dir]) => `${pathPart(field)}${dir === 'desc' ? '_desc' : ''}`)
  // A covering index is named by what it carries too, so declaring more fields creates a new one.
  const covers = spec.covers?.length ? `__with__${spec.covers.map(pathPart).join('__')}` : ''
  return `${spec.unique ? 'ux' : 'ix'}_${collection}__${parts.join('__')}${covers}`
}

/**
 * An index on the JSON expressions the queries use (see field-sql). A covering index (`covers`)
 * holds, for its key fields and the covered ones, both the value and the JSON type — every filter
 * checks the type — and the id (the tiebreak of every ordering), so a query that names only those
 * fields never reads the document: SQLite takes each expression from the index instead of parsing
 * the JSON, which is what makes a year's dashboard cheap.
 */
export function createIndexSql(collection: string, spec: IndexSpec): string {
  if (spec.fields.length === 0) throw new Error(`index on ${collection} has no fields`)
  const covering = (spec.covers?.length ?? 0) > 0
  if (covering && spec.unique) throw new Error(`unique index on ${collection} cannot cover other fields`)
  const columns: string[] = []
  const withType = (field: string, direction: string) => {
    const ref = fieldRef(field)
    columns.push(`${ref.value} ${direction}`)
    if (covering && field !== '_id') columns.push(`${ref.type} ASC`)
  }
  for (const [field, dir] of spec.fields) withType(field, dir === 'desc' ? 'DESC' : 'ASC')
  for (const field of spec.covers ?? []) withType(field, 'ASC')
  if (covering) columns.push('id ASC')
  const unique = spec.unique ? 'UNIQUE ' : ''
  return `CREATE ${unique}INDEX IF NOT EXISTS "${indexName(collection, spec)}" ON ${quoteTable(collection)} (${columns.join(', ')})`
}
