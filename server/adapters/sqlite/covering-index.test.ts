import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import type { Filter, GroupSpec, StoredDocument } from '../../ports/document-store'
import type { IndexSpec } from '../../ports/collection-spec'
import { normalizeFilter } from '../shared/normalize-filter'
import { filterToSql, findSql } from './filter-to-sql'
import { groupSql } from './group-sql'
import { createIndexSql, indexName } from './schema'
import { createSqliteDocumentStore, type SqliteDocumentStore } from './sqlite-document-store'

interface Report extends StoredDocument {
  createdAt: string
  kind?: unknown
  countries?: unknown
  minutes?: number | null
  status?: string
}

const COVERING: IndexSpec = { fields: [['createdAt', 'asc']], covers: ['kind', 'countries', 'minutes'] }

let dir: string
let file: string
let store: SqliteDocumentStore
let raw: Database.Database

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'covering-'))
  file = path.join(dir, 'test.db')
  store = createSqliteDocumentStore({ file, collections: [{ name: 'reports', indexes: [COVERING, { fields: [['status', 'asc']] }] }] })
  // Values of every JSON type in the unwound field, so the covered form is checked against json_each itself.
  const docs: Report[] = [
    { _id: 'r1', createdAt: '2025-01-05', kind: 'a', countries: ['US', 'DE'], minutes: 30, status: 'open' },
    { _id: 'r2', createdAt: '2025-02-05', kind: 'b', countries: 'US', minutes: 10, status: 'open' },
    { _id: 'r3', createdAt: '2025-03-05', kind: true, countries: 7, minutes: 20 },
    { _id: 'r4', createdAt: '2025-04-05', kind: 3, countries: null, minutes: null },
    { _id: 'r5', createdAt: '2025-05-05', countries: { x: 'JP' }, minutes: 40 },
    { _id: 'r6', createdAt: '2025-06-05', kind: 'a', countries: [], minutes: 1.5 },
    { _id: 'r7', createdAt: '2025-07-05', kind: false, countries: [true, 2, 'FR', null, 'Q"x', 2.5] },
    { _id: 'r8', createdAt: '2026-01-05', kind: 'a', countries: ['US'], minutes: 5 },
  ]
  await store.collection<Report>('reports').insertMany(docs)
  raw = new Database(file, { readonly: true })
})

afterEach(() => {
  raw.close()
  store.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

const inPeriod: Filter = { createdAt: { $gte: '2025-01-01', $lt: '2026-01-01' } }

/** The query plan's steps that read the table (not an index alone, not a lookup of a chosen row). */
function documentReads(sql: string, params: unknown[]): string[] {
  const steps = (raw.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Array<{ detail: string }>).map((row) => row.detail)
  return steps.filter((step) => /^(SCAN|SEARCH) reports\b/.test(step) && !step.includes('COVERING INDEX') && !step.includes('(rowid=?)'))
}

/** Asserts the query runs on the covering index and reads no document besides the rows it returns. */
function expectIndexOnly(sql: string, params: unknown[]): void {
  const steps = (raw.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Array<{ detail: string }>).map((row) => row.detail)
  expect(steps.join(' | ')).toContain(`COVERING INDEX ${indexName('reports', COVERING)}`)
  expect(documentReads(sql, params)).toEqual([])
}

describe('covering indexes on SQLite', () => {
  it('carry each field’s value and JSON type and the id; a unique index cannot cover', () => {
    expect(createIndexSql('reports', COVERING)).toBe(
      `CREATE INDEX IF NOT EXISTS "ix_reports__createdAt__with__kind__countries__minutes" ON "reports" (` +
        `json_extract(doc, '$.createdAt') ASC, json_type(doc, '$.createdAt') ASC, json_extract(doc, '$.kind') ASC, json_type(doc, '$.kind') ASC, ` +
        `json_extract(doc, '$.countries') ASC, json_type(doc, '$.countries') ASC, json_extract(doc, '$.minutes') ASC, json_type(doc, '$.minutes') ASC, id ASC)`,
    )
    expect(createIndexSql('reports', { fields: [['status', 'asc']] })).toBe(
      `CREATE INDEX IF NOT EXISTS "ix_reports__status" ON "reports" (json_extract(doc, '$.status') ASC)`,
    )
    expect(() => createIndexSql('reports', { fields: [['email', 'asc']], unique: true, covers: ['name'] })).toThrow(/cannot cover/)
  })

  it('answer a period’s counts, groups (plain, summed, unwound) and ranked finds without reading a document', () => {
    const where = filterToSql(normalizeFilter({ $and: [inPeriod, { minutes: { $gte: 0, $lte: 30 } }] }))
    expectIndexOnly(`SELECT COUNT(*) FROM "reports" WHERE ${where.sql}`, where.params)
    const specs: GroupSpec[] = [{ by: 'kind' }, { by: null, sum: ['minutes'] }, { by: 'countries', unwind: true }]
    for (const spec of specs) expectIndexOnly(groupSql('"reports"', where.sql, spec).sql, where.params)
    expectIndexOnly(findSql('"reports"', where.sql, [['minutes', 'asc']]), [...where.params, 1, 2])
    // A field outside the index still works, by reading the documents.
    const other = filterToSql(normalizeFilter({ ...inPeriod, status: 'open' }))
    expect(documentReads(`SELECT COUNT(*) FROM "reports" WHERE ${other.sql}`, other.params)).not.toEqual([])
  })

  it('unwind walks exactly what json_each over the document walks, for every JSON type', async () => {
    const walked = raw
      .prepare(`SELECT g.value AS value, g.type AS type FROM reports, json_each(reports.doc, '$.countries') AS g WHERE json_extract(doc, '$.createdAt') < '2026'`)
      .all() as Array<{ value: string | number | null; type: string }>
    const expected = new Map<string, number>()
    for (const { value, type } of walked) {
      const key = type === 'true' || type === 'false' ? type : ['integer', 'real', 'text'].includes(type) ? String(value) : 'null'
      expected.set(key, (expected.get(key) ?? 0) + 1)
    }
    const rows = await store.collection<Report>('reports').group(inPeriod, { by: 'countries', unwind: true })
    expect(new Map(rows.map((row) => [String(row.key), row.count]))).toEqual(expected)
    // Spelled out: arrays by element, scalars as one element, an object by member, [] and missing as nothing.
    expect(rows).toEqual([
      { key: null, count: 2, sums: {} },
      { key: 'US', count: 2, sums: {} },
      { key: 2, count: 1, sums: {} },
      { key: 2.5, count: 1, sums: {} },
      { key: 7, count: 1, sums: {} },
      { key: 'DE', count: 1, sums: {} },
      { key: 'FR', count: 1, sums: {} },
      { key: 'JP', count: 1, sums: {} },
      { key: 'Q"x', count: 1, sums: {} },
      { key: true, count: 1, sums: {} },
    ])
  })

  it('ranked finds return the documents at the ranks, in order, whole', async () => {
    const reports = store.collection<Report>('reports')
    const measured: Filter = { $and: [inPeriod, { minutes: { $gte: 0 } }] }
    const page = await reports.find(measured, { orderBy: [['minutes', 'desc']], skip: 1, limit: 3 })
    expect(page.map((doc) => [doc._id, doc.minutes])).toEqual([
      ['r1', 30],
      ['r3', 20],
      ['r2', 10],
    ])
    expect(page[0]).toEqual({ _id: 'r1', createdAt: '2025-01-05', kind: 'a', countries: ['US', 'DE'], minutes: 30, status: 'open' })
  })
})
