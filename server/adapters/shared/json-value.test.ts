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
