import type { Collection, Filter, StoredDocument, Update } from '../ports/document-store'
import { createSqliteDocumentStore } from '../adapters/sqlite/sqlite-document-store'
import type { SqliteDocumentStore } from '../adapters/sqlite/sqlite-document-store'
import { adjustCounter } from './bounded-counter'

interface Stock extends StoredDocument {
  units?: number | string
}

describe('adjustCounter', () => {
  let store: SqliteDocumentStore
  let stock: Collection<Stock>
  const units = async (id = 's'): Promise<Stock['units']> => (await stock.getById(id))?.units

  beforeEach(async () => {
    store = createSqliteDocumentStore({ file: ':memory:', collections: [] })
    stock = store.collection<Stock>('stock')
    await stock.insert({ _id: 's', units: 3 })
  })

  afterEach(() => store.close())

  it('decrements down to the minimum and then refuses', async () => {
    expect(await adjustCounter(stock, 's', 'units', -2, { min: 0 })).toBe(true)
    expect(await adjustCounter(stock, 's', 'units', -2, { min: 0 })).toBe(false)
    expect(await units()).toBe(1)
    expect(await adjustCounter(stock, 's', 'units', -1, { min: 0 })).toBe(true)
    expect(await units()).toBe(0)
    expect(await adjustCounter(stock, 's', 'units', -1, { min: 0 })).toBe(false)
    expect(await units()).toBe(0)
  })

  it('increments up to the maximum and then refuses', async () => {
    expect(await adjustCounter(stock, 's', 'units', 2, { max: 5 })).toBe(true)
    expect(await adjustCounter(stock, 's', 'units', 1, { max: 5 })).toBe(false)
    expect(await units()).toBe(5)
  })

  it('checks both bounds: the result must land inside [min, max]', async () => {
    await stock.insert({ _id: 'over', units: 12 })
    // 12 - 1 = 11 is still above max 10, so even a decrement is refused.
    expect(await adjustCounter(stock, 'over', 'units', -1, { min: 0, max: 10 })).toBe(false)
    expect(await adjustCounter(stock, 'over', 'units', -2, { min: 0, max: 10 })).toBe(true)
    expect(await units('over')).toBe(10)
  })

  it('refuses missing documents, and missing or non-numeric fields when bounded', async () => {
    expect(await adjustCounter(stock, 'ghost', 'units', 1, { max: 10 })).toBe(false)
    await stock.insert({ _id: 'empty' })
    expect(await adjustCounter(stock, 'empty', 'units', 1, { max: 10 })).toBe(false)
    await stock.insert({ _id: 'text', units: '3' })
    expect(await adjustCounter(stock, 'text', 'units', -1, { min: 0 })).toBe(false)
    expect(await stock.getById('empty')).toEqual({ _id: 'empty' })
    expect(await units('text')).toBe('3')
  })

  it('without bounds is a plain increment that creates a missing field', async () => {
    await stock.insert({ _id: 'empty' })
    expect(await adjustCounter(stock, 'empty', 'units', -4)).toBe(true)
    expect(await units('empty')).toBe(-4)
    expect(await adjustCounter(stock, 'ghost', 'units', 1)).toBe(false)
  })

  it('supports nested counters', async () => {
    await stock.insert({ _id: 'n', quota: { left: 1 } } as Stock)
    expect(await adjustCounter(stock, 'n', 'quota.left', -1, { min: 0 })).toBe(true)
    expect(await adjustCounter(stock, 'n', 'quota.left', -1, { min: 0 })).toBe(false)
  })

  it('delta 0 writes nothing and reports whether the value is within bounds', async () => {
    expect(await adjustCounter(stock, 's', 'units', 0, { min: 0, max: 3 })).toBe(true)
    expect(await adjustCounter(stock, 's', 'units', 0, { max: 2 })).toBe(false)
    expect(await adjustCounter(stock, 'ghost', 'units', 0)).toBe(false)
    expect(await units()).toBe(3)
  })

  it('rejects non-integer arguments, inverted bounds and _id', async () => {
    await expect(adjustCounter(stock, 's', 'units', 0.5)).rejects.toThrow(RangeError)
    await expect(adjustCounter(stock, 's', 'units', -1, { min: Number.NaN })).rejects.toThrow(RangeError)
    await expect(adjustCounter(stock, 's', 'units', -1, { min: 5, max: 1 })).rejects.toThrow(RangeError)
    await expect(adjustCounter(stock, 's', '_id', 1)).rejects.toThrow(RangeError)
    expect(await units()).toBe(3)
  })

  it('issues exactly one conditional updateOne and no read', async () => {
    const calls: Array<[string, unknown[]]> = []
    const recorder = new Proxy(stock, {
      get(target, prop, receiver) {
        const value: unknown = Reflect.get(target, prop, receiver)
        if (typeof value !== 'function') return value
        return (...args: unknown[]) => {
          calls.push([String(prop), args])
          return (value as (...a: unknown[]) => unknown).apply(target, args)
        }
      },
    })
    expect(await adjustCounter(recorder, 's', 'units', -1, { min: 0, max: 10 })).toBe(true)
    const expected: [string, [string, Update, Filter]] = ['updateOne', ['s', { $inc: { units: -1 } }, { units: { $gte: 1, $lte: 11 } }]]
    expect(calls).toEqual([expected])
  })
})
