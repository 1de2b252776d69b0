import { applyUpdate, UpdateTypeError } from './apply-update'

interface Doc {
  _id: string
  [field: string]: unknown
}

const base = (): Doc => ({ _id: 'd', n: 1, s: 'x', tags: ['a', 'b', 'a'], nested: { k: 1, deep: { v: 2 } }, nothing: null })

describe('applyUpdate', () => {
  it('returns a new object and leaves the input untouched', () => {
    const input = base()
    const output = applyUpdate(input, { $set: { 'nested.deep.v': 3 }, $push: { tags: ['c'] } })
    expect(input).toEqual(base())
    expect(output).not.toBe(input)
    expect(output.nested).toEqual({ k: 1, deep: { v: 3 } })
  })

  it('$set replaces whole values, creates missing parents and copies the value', () => {
    const value = { x: [1] }
    const out = applyUpdate(base(), { $set: { nested: value, 'fresh.a.b': true } })
    expect(out.nested).toEqual({ x: [1] })
    expect(out.fresh).toEqual({ a: { b: true } })
    value.x.push(2)
    expect(out.nested).toEqual({ x: [1] })
  })

  it('$set refuses to write through a non-object or null parent', () => {
    expect(() => applyUpdate(base(), { $set: { 's.inner': 1 } })).toThrow(UpdateTypeError)
    expect(() => applyUpdate(base(), { $set: { 'nothing.inner': 1 } })).toThrow(UpdateTypeError)
    expect(() => applyUpdate(base(), { $set: { 'tags.inner': 1 } })).toThrow(UpdateTypeError)
  })

  it('$unset deletes present fields and ignores missing paths', () => {
    const out = applyUpdate(base(), { $unset: ['n', 'nested.deep.v', 'missing.path', 's.inner'] })
    expect(out).not.toHaveProperty('n')
    expect(out.nested).toEqual({ k: 1, deep: {} })
    expect(out).not.toHaveProperty('missing')
    expect(out.s).toBe('x')
  })

  it('$inc adds, creates missing fields with the delta, and rejects non-numbers', () => {
    const out = applyUpdate(base(), { $inc: { n: -3, 'nested.count': 2 } })
    expect(out.n).toBe(-2)
    expect(out.nested).toEqual({ k: 1, deep: { v: 2 }, count: 2 })
    expect(() => applyUpdate(base(), { $inc: { s: 1 } })).toThrow(UpdateTypeError)
    expect(() => applyUpdate(base(), { $inc: { nothing: 1 } })).toThrow(UpdateTypeError)
  })

  it('$push appends values (duplicates kept) and creates missing arrays', () => {
    const out = applyUpdate(base(), { $push: { tags: ['a', { o: 1 }], list: [1] } })
    expect(out.tags).toEqual(['a', 'b', 'a', 'a', { o: 1 }])
    expect(out.list).toEqual([1])
    expect(() => applyUpdate(base(), { $push: { s: [1] } })).toThrow(UpdateTypeError)
  })

  it('$addToSet appends values not yet present, once', () => {
    const out = applyUpdate(base(), { $addToSet: { tags: ['b', 'c', 'c', null], fresh: [1, 1] } })
    expect(out.tags).toEqual(['a', 'b', 'a', 'c', null])
    expect(out.fresh).toEqual([1])
    expect(() => applyUpdate(base(), { $addToSet: { n: [1] } })).toThrow(UpdateTypeError)
  })

  it('$pull removes every occurrence and ignores missing fields', () => {
    const out = applyUpdate(base(), { $pull: { tags: ['a', 'zzz'], missing: ['x'] } })
    expect(out.tags).toEqual(['b'])
    expect(out).not.toHaveProperty('missing')
    expect(() => applyUpdate(base(), { $pull: { s: ['x'] } })).toThrow(UpdateTypeError)
  })

  it('validates the update before touching anything', () => {
    expect(() => applyUpdate(base(), {})).toThrow(/changes nothing/)
    expect(() => applyUpdate(base(), { $set: { _id: 'x' } })).toThrow(/_id/)
    expect(() => applyUpdate(base(), { $inc: { n: 1 }, $set: { n: 2 } })).toThrow(/conflict/)
  })
})
