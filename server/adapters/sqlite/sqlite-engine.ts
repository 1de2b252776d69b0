import type Database from 'better-sqlite3'
import { DuplicateIdError, MAX_FIND_LIMIT, MAX_INSERT_MANY } from '../../ports/document-store'
import type { Filter, FindOptions, GroupRow, GroupSpec, StoredDocument } from '../../ports/document-store'
import { resolveFindOptions } from '../shared/find-options'
import { assertDocumentId, assertStorableDocument, uniqueIds } from '../shared/json-value'
import { normalizeFilter } from '../shared/normalize-filter'
import type { UpdateStep } from '../shared/normalize-update'
import { applyStepsInPlace } from './apply-update'
import { groupSql } from './group-sql'
import { filterToSql, findSql } from './filter-to-sql'
import type { SqlFragment, SqlParam } from './filter-to-sql'
import { createTableSql, quoteTable } from './schema'
import { isPrimaryKeyViolation } from './sqlite-errors'

interface DocRow {
  id?: string
  doc: string
}

const STATEMENT_CACHE_LIMIT = 500

/**
 * The synchronous operations of the SQLite adapter on one connection. Nothing here is concurrent:
 * the store serialises calls (see AsyncMutex). Multi-statement writes run in BEGIN IMMEDIATE
 * transactions, which take SQLite's write lock before the first read, so read→apply→write cannot
 * interleave with a writer on another connection (another process or worker) either.
 */
export class SqliteEngine {
  private readonly knownTables = new Set<string>()
  private readonly statements = new Map<string, Database.Statement>()
  /** One transaction wrapper for every call (better-sqlite3 builds four functions per wrapper). */
  private readonly transaction: Database.Transaction<(work: () => unknown) => unknown>

  constructor(readonly db: Database.Database) {
    this.transaction = db.transaction((work: () => unknown) => work())
    db.function('doc_contains_ci', { deterministic: true }, (haystack: unknown, needle: unknown) =>
      typeof haystack === 'string' && typeof needle === 'string' && haystack.toLowerCase().includes(needle.toLowerCase())
        ? 1
        : 0,
    )
  }

  /** Creates the table on first use. Call outside transactions that may roll back (see forgetTables). */
  ensureTable(collection: string): void {
    if (this.knownTables.has(collection)) return
    this.db.exec(createTableSql(collection))
    this.knownTables.add(collection)
  }

  /** After a rollback that may have undone a CREATE TABLE, re-check tables lazily. */
  forgetTables(): void {
    this.knownTables.clear()
  }

  getById<T extends StoredDocument>(collection: string, id: string): T | null {
    assertDocumentId(id)
    this.ensureTable(collection)
    const row = this.stmt(`SELECT doc FROM ${quoteTable(collection)} WHERE id = ?`).get(id) as DocRow | undefined
    return row ? parse<T>(row) : null
  }

  getByIds<T extends StoredDocument>(collection: string, ids: readonly string[]): T[] {
    const unique = uniqueIds(ids, MAX_FIND_LIMIT)
    if (unique.length === 0) return []
    this.ensureTable(collection)
    // One bound JSON array instead of a variable number of placeholders.
    const sql = `SELECT doc FROM ${quoteTable(collection)} WHERE id IN (SELECT value FROM json_each(?))`
    return (this.stmt(sql).all(JSON.stringify(unique)) as DocRow[]).map((row) => parse<T>(row))
  }

  insert(collection: string, doc: StoredDocument): void {
    assertStorableDocument(doc)
    this.ensureTable(collection)
    try {
      this.stmt(`INSERT INTO ${quoteTable(collection)} (id, doc) VALUES (?, ?)`).run(doc._id, JSON.stringify(doc))
    } catch (error) {
      if (isPrimaryKeyViolation(error)) throw new DuplicateIdError(collection, doc._id)
      throw error
    }
  }

  insertIfAbsent(collection: string, doc: StoredDocument): boolean {
    assertStorableDocument(doc)
    this.ensureTable(collection)
    // A single statement: atomic against other connections without an explicit transaction.
    const sql = `INSERT INTO ${quoteTable(collection)} (id, doc) VALUES (?, ?) ON CONFLICT(id) DO NOTHING`
    return this.stmt(sql).run(doc._id, JSON.stringify(doc)).changes === 1
  }

  insertMany(collection: string, docs: readonly StoredDocument[]): void {
    if (docs.length > MAX_INSERT_MANY) throw new RangeError(`at most ${MAX_INSERT_MANY} documents per insertMany`)
    const seen = new Set<string>()
    for (const doc of docs) {
      assertStorableDocument(doc)
      if (seen.has(doc._id)) throw new DuplicateIdError(collection, doc._id)
      seen.add(doc._id)
    }
    this.ensureTable(collection)
    // Validated above, so each row is one run of one prepared statement (a fan-out inserts 100,000).
    const insert = this.stmt(`INSERT INTO ${quoteTable(collection)} (id, doc) VALUES (?, ?)`)
    // Throwing inside the transaction function rolls every insert back: all or nothing.
    this.immediate(() => {
      for (const doc of docs) {
        try {
          insert.run(doc._id, JSON.stringify(doc))
        } catch (error) {
          if (isPrimaryKeyViolation(error)) throw new DuplicateIdError(collection, doc._id)
          throw error
        }
      }
    })
  }

  find<T extends StoredDocument>(collection: string, filter: Filter, options?: FindOptions): T[] {
    const { orderBy, limit, skip } = resolveFindOptions(options)
    const where = filterToSql(normalizeFilter(filter))
    this.ensureTable(collection)
    const sql = findSql(quoteTable(collection), where.sql, orderBy)
    return (this.stmt(sql).all(...where.params, limit, skip) as DocRow[]).map((row) => parse<T>(row))
  }

  count(collection: string, filter: Filter): number {
    const where = filterToSql(normalizeFilter(filter))
    this.ensureTable(collection)
    const row = this.stmt(`SELECT COUNT(*) AS n FROM ${quoteTable(collection)} WHERE ${where.sql}`).get(...where.params)
    return (row as { n: number }).n
  }

  group(collection: string, filter: Filter, spec: GroupSpec): GroupRow[] {
    const where = filterToSql(normalizeFilter(filter))
    this.ensureTable(collection)
    const query = groupSql(quoteTable(collection), where.sql, spec)
    const rows = this.stmt(query.sql).all(...where.params) as Record<string, unknown>[]
    return rows.map((row) => query.read(row))
  }

  /** Applies the steps to `id` if it matches `condition`; true only when the document changed. */
  updateOne(collection: string, id: string, steps: readonly UpdateStep[], condition?: Filter): boolean {
    assertDocumentId(id)
    const where = byIdWhere(id, condition)
    this.ensureTable(collection)
    return this.immediate(() => {
      const row = this.stmt(`SELECT id, doc FROM ${quoteTable(collection)} WHERE ${where.sql}`).get(...where.params)
      return row !== undefined && this.rewrite(collection, row as Required<DocRow>, steps)
    })
  }

  updateMany(collection: string, filter: Filter, steps: readonly UpdateStep[]): number {
    const where = filterToSql(normalizeFilter(filter))
    this.ensureTable(collection)
    return this.immediate(() => {
      const rows = this.stmt(`SELECT id, doc FROM ${quoteTable(collection)} WHERE ${where.sql}`).all(...where.params) as Required<DocRow>[]
      return rows.filter((row) => this.rewrite(collection, row, steps)).length
    })
  }

  replaceOne(collection: string, doc: StoredDocument, condition?: Filter): boolean {
    assertStorableDocument(doc)
    const where = byIdWhere(doc._id, condition)
    this.ensureTable(collection)
    return this.immediate(() => {
      const row = this.stmt(`SELECT doc FROM ${quoteTable(collection)} WHERE ${where.sql}`).get(...where.params)
      if (row === undefined) return false
      const next = JSON.stringify(doc)
      if (JSON.stringify(JSON.parse((row as DocRow).doc)) === next) return false
      this.stmt(`UPDATE ${quoteTable(collection)} SET doc = ? WHERE id = ?`).run(next, doc._id)
      return true
    })
  }

  deleteOne(collection: string, id: string, condition?: Filter): boolean {
    assertDocumentId(id)
    const where = byIdWhere(id, condition)
    this.ensureTable(collection)
    return this.stmt(`DELETE FROM ${quoteTable(collection)} WHERE ${where.sql}`).run(...where.params).changes === 1
  }

  deleteMany(collection: string, filter: Filter): number {
    const where = filterToSql(normalizeFilter(filter))
    this.ensureTable(collection)
    return this.stmt(`DELETE FROM ${quoteTable(collection)} WHERE ${where.sql}`).run(...where.params).changes
  }

  /** Creates or overwrites (transaction scope `set`). */
  put(collection: string, doc: StoredDocument): void {
    assertStorableDocument(doc)
    this.ensureTable(collection)
    const sql = `INSERT INTO ${quoteTable(collection)} (id, doc) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET doc = excluded.doc`
    this.stmt(sql).run(doc._id, JSON.stringify(doc))
  }

  /** Writes `steps` applied to the row's document unless that changes nothing; true when written. */
  private rewrite(collection: string, row: Required<DocRow>, steps: readonly UpdateStep[]): boolean {
    // The parsed row is this call's own copy: updated in place, one parse and two serialisations
    // per update (the dispatcher makes four updates per row).
    const doc = JSON.parse(row.doc) as StoredDocument
    const currentJson = JSON.stringify(doc)
    const nextJson = JSON.stringify(applyStepsInPlace(doc, steps))
    // Reports "modified", not "matched", like CloudBase's stats.updated (see the port).
    if (nextJson === currentJson) return false
    this.stmt(`UPDATE ${quoteTable(collection)} SET doc = ? WHERE id = ?`).run(nextJson, row.id)
    return true
  }

  private immediate<R>(work: () => R): R {
    return this.transaction.immediate(work) as R
  }

  private stmt(sql: string): Database.Statement {
    let statement = this.statements.get(sql)
    if (!statement) {
      // Filters vary by shape only (values are bound), so a modest cache covers real workloads.
      if (this.statements.size >= STATEMENT_CACHE_LIMIT) this.statements.clear()
      statement = this.db.prepare(sql)
      this.statements.set(sql, statement)
    }
    return statement
  }
}

function parse<T>(row: DocRow): T {
  return JSON.parse(row.doc) as T
}

function byIdWhere(id: string, condition: Filter | undefined): SqlFragment {
  const rest = condition ? filterToSql(normalizeFilter(condition)) : { sql: '1', params: [] as SqlParam[] }
  return { sql: `id = ? AND ${rest.sql}`, params: [id, ...rest.params] }
}
