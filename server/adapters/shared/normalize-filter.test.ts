import { InvalidFieldPathError } from './field-path'
import { InvalidFilterError, normalizeFilter } from './normalize-filter'

describe('normalizeFilter', () => {
  it('turns scalars into eq and keeps operator order per field', () => {
    expect(normalizeFilter({ a: 1, 'b.c': { $gte: 2, $lt: 5 }, d: null })).toEqual({
      fields: [
        { path: 'a', predicates: [{ op: 'eq', value: 1 }] },
        { path: 'b.c', predicates: [{ op: 'gte', value: 2 }, { op: 'lt', value: 5 }] },
        { path: 'd', predicates: [{ op: 'eq', value: null }] },
      ],
      and: [],
      or: null,
    })
  })

  it('keeps $and / $or structure and skips undefined conditions', () => {
    expect(normalizeFilter({ a: undefined, $or: [{ x: 'y' }], $and: [] })).toEqual({
      fields: [],
      and: [],
      or: [{ fields: [{ path: 'x', predicates: [{ op: 'eq', value: 'y' }] }], and: [], or: null }],
    })
  })

  it('maps every operator', () => {
    const f = normalizeFilter({
      a: { $eq: 'x', $ne: false, $in: [1], $nin: [null], $exists: true, $contains: 'c', $containsAny: ['d'], $search: 's', $gt: 'k', $lte: 3 },
    })
    expect(f.fields[0].predicates.map((p) => p.op)).toEqual(['eq', 'ne', 'in', 'nin', 'exists', 'contains', 'containsAny', 'search', 'gt', 'lte'])
  })

  it.each([
    [{ 'a b': 1 }, InvalidFieldPathError],
    [{ 'a.0': 1 }, InvalidFieldPathError],
    [{ '.a': 1 }, InvalidFieldPathError],
    [{ a: [1] }, InvalidFilterError],
    [{ a: {} }, InvalidFilterError],
    [{ a: { $regex: 'x' } }, InvalidFilterError],
    [{ a: { $gt: true } }, InvalidFilterError],
    [{ a: { $gt: Number.NaN } }, InvalidFilterError],
    [{ a: { $in: 'x' } }, InvalidFilterError],
    [{ a: { $in: [{}] } }, InvalidFilterError],
    [{ a: { $exists: 1 } }, InvalidFilterError],
    [{ a: { $search: 1 } }, InvalidFilterError],
    [{ a: new Date() }, InvalidFilterError],
    [{ $or: {} }, InvalidFilterError],
    [{ $nor: [] }, InvalidFilterError],
  ])('rejects %p', (filter, errorType) => {
    expect(() => normalizeFilter(filter as never)).toThrow(errorType)
  })
})
