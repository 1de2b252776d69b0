import type { Filter } from '../../ports/document-store'
import { normalizeFilter } from '../shared/normalize-filter'
import { cmd, FakeCloudBaseDatabase } from './fake-cloudbase-database'
import { escapeRegExp, filterToCloudBase } from './filter-to-cloudbase'

const db = new FakeCloudBaseDatabase()
const translate = (filter: Filter): object | null => filterToCloudBase(normalizeFilter(filter), db)

describe('filterToCloudBase', () => {
  it('returns null for an empty filter', () => {
    expect(translate({})).toBeNull()
    expect(translate({ $and: [] })).toBeNull()
  })

  it('maps each field operator to its command', () => {
    expect(
      translate({
        a: 'x',
        b: { $eq: 1 },
        c: { $ne: null },
        d: { $gt: 1 },
        e: { $gte: 'k' },
        f: { $lt: 2 },
        g: { $lte: 3 },
        h: { $in: [1, 'two'] },
        i: { $nin: [false] },
        j: { $exists: false },
        k: { $contains: 'tag' },
        l: { $containsAny: ['t1', 't2'] },
      }),
    ).toEqual({
      a: cmd('eq', 'x'),
      b: cmd('eq', 1),
      c: cmd('neq', null),
      d: cmd('gt', 1),
      e: cmd('gte', 'k'),
      f: cmd('lt', 2),
      g: cmd('lte', 3),
      h: cmd('in', [1, 'two']),
      i: cmd('nin', [false]),
      j: cmd('exists', false),
      k: cmd('eq', 'tag'),
      l: cmd('in', ['t1', 't2']),
    })
  })

  it('turns $search into a case-insensitive RegExp of the escaped text', () => {
    expect(translate({ name: { $search: 'a.b*(c)' } })).toEqual({ name: { $regexp: { regexp: 'a\\.b\\*\\(c\\)', options: 'i' } } })
  })

  it('joins several operators on one field with a field-level and', () => {
    expect(translate({ 'profile.age': { $gte: 18, $lt: 65 } })).toEqual({ 'profile.age': cmd('and', cmd('gte', 18), cmd('lt', 65)) })
  })

  it('wraps fields and logical operators in and/or trees', () => {
    expect(translate({ status: 'open', $or: [{ a: 1 }, { b: { $exists: true } }] })).toEqual(
      cmd('and', { status: cmd('eq', 'open') }, cmd('or', { a: cmd('eq', 1) }, { b: cmd('exists', true) })),
    )
    expect(translate({ $and: [{ a: 1 }, { $or: [{ b: 2 }, { c: 3 }] }] })).toEqual(
      cmd('and', { a: cmd('eq', 1) }, cmd('or', { b: cmd('eq', 2) }, { c: cmd('eq', 3) })),
    )
    expect(translate({ $or: [{ a: 1 }] })).toEqual(cmd('or', { a: cmd('eq', 1) }))
  })

  it('makes an empty $or match nothing and drops an $or with an unconstrained branch', () => {
    expect(translate({ $or: [] })).toEqual({ _id: cmd('exists', false) })
    expect(translate({ a: 1, $or: [{}, { b: 2 }] })).toEqual({ a: cmd('eq', 1) })
  })
})

describe('escapeRegExp', () => {
  it('makes every regular-expression metacharacter literal', () => {
    const text = String.raw`^a.b*c+d?e(f)g[h]i{j}k|l\m$n/o-p`
    expect(new RegExp(`^${escapeRegExp(text)}$`).test(text)).toBe(true)
    expect(new RegExp(escapeRegExp('a.c')).test('abc')).toBe(false)
  })
})
