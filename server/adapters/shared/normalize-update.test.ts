import { InvalidFieldPathError } from './field-path'
import { InvalidUpdateError, normalizeUpdate } from './normalize-update'
import { InvalidDocumentError } from './json-value'

describe('normalizeUpdate', () => {
  it('lists one step per field in operator order', () => {
    expect(
      normalizeUpdate({ $set: { a: { b: 1 } }, $unset: ['c'], $inc: { n: 2 }, $push: { l: [1] }, $addToSet: { s: ['x'] }, $pull: { p: [null] } }),
    ).toEqual([
      { kind: 'set', path: 'a', value: { b: 1 } },
      { kind: 'unset', path: 'c' },
      { kind: 'inc', path: 'n', by: 2 },
      { kind: 'push', path: 'l', values: [1] },
      { kind: 'addToSet', path: 's', values: ['x'] },
      { kind: 'pull', path: 'p', values: [null] },
    ])
  })

  it.each([
    [{}, InvalidUpdateError],
    [{ $set: {} }, InvalidUpdateError],
    [{ name: 'x' }, InvalidUpdateError],
    [{ $rename: { a: 'b' } }, InvalidUpdateError],
    [{ $set: { _id: 'x' } }, InvalidUpdateError],
    [{ $unset: ['_id'] }, InvalidUpdateError],
    [{ $set: { a: 1, 'a.b': 2 } }, InvalidUpdateError],
    [{ $set: { a: 1 }, $inc: { a: 1 } }, InvalidUpdateError],
    [{ $set: { a: undefined } }, InvalidUpdateError],
    [{ $set: { a: new Date() } }, InvalidDocumentError],
    [{ $set: { a: { 'x.y': 1 } } }, InvalidDocumentError],
    [{ $inc: { a: '1' } }, InvalidUpdateError],
    [{ $inc: { a: Infinity } }, InvalidUpdateError],
    [{ $push: { a: 1 } }, InvalidUpdateError],
    [{ $addToSet: { a: [{}] } }, InvalidUpdateError],
    [{ $pull: { a: 'x' } }, InvalidUpdateError],
    [{ $unset: 'a' }, InvalidUpdateError],
    [{ $set: { 'a b': 1 } }, InvalidFieldPathError],
  ])('rejects %p', (update, errorType) => {
    expect(() => normalizeUpdate(update as never)).toThrow(errorType)
  })
})
