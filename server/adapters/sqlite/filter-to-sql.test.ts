import Database from 'better-sqlite3'
import { normalizeFilter } from '../shared/normalize-filter'
import { filterToSql, orderBySql } from './filter-to-sql'

describe('filterToSql', () => {
  it('binds every value as a parameter and never writes it into the SQL', () => {
    const evil = "x'); DROP TABLE items; --"
    const { sql, params } = filterToSql(
      normalizeFilter({ name: evil, tags: { $containsAny: [evil] }, bio: { $search: evil }, n: { $in: [1, evil] } }),
    )
    expect(sql).not.toContain('DROP')
    expect(params.filter((p) => p === evil)).toHaveLength(4)
  })

  it('writes field paths as json_extract literals so expression indexes apply, and maps _id to the id column', () => {
    expect(filterToSql(normalizeFilter({ 'profile.city': 'x', _id: 'a' }))).toEqual({
      sql: `((json_type(doc, '$.profile.city') = 'text' AND json_extract(doc, '$.profile.city') = ?) AND ('text' = 'text' AND id = ?))`,
      params: ['x', 'a'],
    })
  })

  it('compares booleans by JSON type, since json_extract returns true as 1', () => {
    expect(filterToSql(normalizeFilter({ active: true }))).toEqual({ sql: `(json_type(doc, '$.active') = ?)`, params: ['true'] })
  })

  it('treats empty $or as false and an empty filter as true', () => {
    expect(filterToSql(normalizeFilter({ $or: [] })).sql).toBe('(0)')
    expect(filterToSql(normalizeFilter({})).sql).toBe('1')
  })

  it('produces SQL that SQLite evaluates as intended, including negations over missing fields', () => {
    const db = new Database(':memory:')
    db.function('doc_contains_ci', (h: unknown, n: unknown) => (String(h).toLowerCase().includes(String(n).toLowerCase()) ? 1 : 0))
    db.exec('CREATE TABLE t (id TEXT PRIMARY KEY, doc TEXT NOT NULL)')
    const insert = db.prepare('INSERT INTO t VALUES (?, ?)')
    insert.run('a', JSON.stringify({ _id: 'a', n: 1 }))
    insert.run('b', JSON.stringify({ _id: 'b' }))
    insert.run('c', JSON.stringify({ _id: 'c', n: '1' }))
    const match = (filter: Parameters<typeof normalizeFilter>[0]): string[] => {
      const { sql, params } = filterToSql(normalizeFilter(filter))
      return (db.prepare(`SELECT id FROM t WHERE ${sql} ORDER BY id`).all(...params) as Array<{ id: string }>).map((r) => r.id)
    }
    expect(match({ n: { $ne: 1 } })).toEqual(['b', 'c'])
    expect(match({ n: { $nin: [1, '1'] } })).toEqual(['b'])
    expect(match({ n: { $gte: 1 } })).toEqual(['a'])
    expect(match({ $or: [{ n: 1 }, { n: { $exists: false } }] })).toEqual(['a', 'b'])
    db.close()
  })
})

describe('orderBySql', () => {
  it('always ends with the id tiebreak', () => {
    expect(orderBySql([])).toBe('ORDER BY id ASC')
    expect(orderBySql([['a.b', 'desc']])).toBe(`ORDER BY json_extract(doc, '$.a.b') DESC, id ASC`)
  })
})
