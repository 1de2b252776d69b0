import vm from 'node:vm'
import { assertJsonValue, assertStorableDocument, InvalidDocumentError, isPlainObject, uniqueIds } from './json-value'

describe('json values', () => {
  it('accepts JSON data, including objects from another realm', () => {
    expect(() => assertJsonValue({ a: [1, 'x', null, true, { b: {} }] }, 'doc')).not.toThrow()
    expect(isPlainObject(vm.runInNewContext('({ a: 1 })'))).toBe(true)
    expect(isPlainObject(Object.create(null))).toBe(true)
  })

  it.each([
    [{ d: new Date() }, /Date/],
    [{ u: undefined }, /undefined/],
    [{ n: Number.NaN }, /number/],
    [{ f: () => 1 }, /function/],
    [{ m: new Map() }, /object/],
    [{ 'a.b': 1 }, /key/],
    [{ $x: 1 }, /key/],
  ])('rejects %p', (value, message) => {
    expect(() => assertJsonValue(value, 'doc')).toThrow(message)
  })

  it('names the first invalid field by its path, however deep', () => {
    expect(() => assertJsonValue({ a: [1, { b: { c: new Date() } }] }, 'doc')).toThrow('doc.a[1].b.c: a Date (store an ISO-8601 string) is not a JSON value')
    expect(() => assertJsonValue({ ok: [{ x: 1 }], bad: { 'k.y': 1 } }, 'doc')).toThrow('doc.bad: key "k.y" may not be empty, contain "." or start with "$"')
    expect(() => assertJsonValue([[undefined]], 'doc')).toThrow('doc[0][0]: undefined is not a JSON value')
    expect(() => assertJsonValue({ '': 1 }, 'doc')).toThrow(InvalidDocumentError)
  })

  it('skips holes in arrays as JSON does (they are stored as null)', () => {
    // eslint-disable-next-line no-sparse-arrays
    expect(() => assertJsonValue({ a: [1, , 2] }, 'doc')).not.toThrow()
  })

  it('requires a non-empty string _id', () => {
    expect(() => assertStorableDocument({ _id: 'ok' })).not.toThrow()
    expect(() => assertStorableDocument({ _id: '' })).toThrow(InvalidDocumentError)
    expect(() => assertStorableDocument({ _id: 7 } as never)).toThrow(InvalidDocumentError)
  })

  it('uniqueIds removes repeats and enforces the cap', () => {
    expect(uniqueIds(['a', 'b', 'a'], 10)).toEqual(['a', 'b'])
    expect(() => uniqueIds(['a', 'b'], 1)).toThrow(RangeError)
  })
})
