import { resolveFindOptions } from './find-options'

describe('resolveFindOptions', () => {
  it('defaults to 100 rows, no skip, no order', () => {
    expect(resolveFindOptions()).toEqual({ orderBy: [], limit: 100, skip: 0 })
  })

  it('accepts limits up to 1000 and validated sort keys', () => {
    expect(resolveFindOptions({ limit: 1000, skip: 5, orderBy: [['a.b', 'desc']] })).toEqual({ orderBy: [['a.b', 'desc']], limit: 1000, skip: 5 })
  })

  it.each([{ limit: 1001 }, { limit: 0 }, { limit: 2.5 }, { skip: -1 }, { skip: 0.5 }])('rejects %p', (options) => {
    expect(() => resolveFindOptions(options)).toThrow(RangeError)
  })

  it('rejects bad sort keys and directions', () => {
    expect(() => resolveFindOptions({ orderBy: [['a; DROP', 'asc']] })).toThrow(/invalid field path/)
    expect(() => resolveFindOptions({ orderBy: [['a', 'up' as never]] })).toThrow(RangeError)
  })
})
