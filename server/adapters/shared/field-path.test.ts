import { assertFieldPath, InvalidFieldPathError, pathsOverlap, splitFieldPath } from './field-path'

describe('field paths', () => {
  it('accepts dotted identifiers', () => {
    expect(splitFieldPath('profile.home_city')).toEqual(['profile', 'home_city'])
    expect(() => assertFieldPath('_id')).not.toThrow()
    // Only the exact prototype names are refused, not fields that merely contain them.
    expect(() => assertFieldPath('constructorName')).not.toThrow()
    expect(() => assertFieldPath('a.__proto_x')).not.toThrow()
  })

  it.each(['', 'a b', "a'", 'a..b', 'a.', '.a', 'a.0', '1a', 'a-b', '$a', 'a.$b', '__proto__', 'a.__proto__.b', 'constructor', 'a.constructor.prototype', 'prototype'])('rejects %p', (path) => {
    expect(() => assertFieldPath(path)).toThrow(InvalidFieldPathError)
  })

  it('detects paths that touch the same data', () => {
    expect(pathsOverlap('a', 'a')).toBe(true)
    expect(pathsOverlap('a', 'a.b')).toBe(true)
    expect(pathsOverlap('a.b', 'a')).toBe(true)
    expect(pathsOverlap('a', 'ab')).toBe(false)
    expect(pathsOverlap('a.b', 'a.c')).toBe(false)
  })
})
