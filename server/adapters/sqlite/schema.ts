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

export function indexName(collection: string, spec: IndexSpec): string {
  const parts = spec.fields.map(([field, dir]) => `${field.replace(/\./g, '_')}${dir === 'desc' ? '_desc' : ''}`)
  return `${spec.unique ? 'ux' : 'ix'}_${collection}__${parts.join('__')}`
}

export function createIndexSql(collection: string, spec: IndexSpec): string {
  if (spec.fields.length === 0) throw new Error(`index on ${collection} has no fields`)
  const columns = spec.fields.map(([field, dir]) => `${fieldRef(field).value} ${dir === 'desc' ? 'DESC' : 'ASC'}`)
  const unique = spec.unique ? 'UNIQUE ' : ''
  return `CREATE ${unique}INDEX IF NOT EXISTS "${indexName(collection, spec)}" ON ${quoteTable(collection)} (${columns.join(', ')})`
}
