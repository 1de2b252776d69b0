import { MAX_COLLECTIONS, MAX_FIELDS_PER_INDEX, MAX_INDEXES_PER_COLLECTION } from '../ports/store-limits'
import { allCollections } from './all-functions'

/** CloudBase's per-environment limits on collections and indexes (store-limits.ts), checked on the declarations. */
describe('declared collections fit one CloudBase environment', () => {
  const collections = allCollections()

  it(`declares at most ${MAX_COLLECTIONS} collections`, () => {
    expect(collections.length).toBeGreaterThan(0)
    expect(collections.length).toBeLessThanOrEqual(MAX_COLLECTIONS)
  })

  it(`gives no collection more than ${MAX_INDEXES_PER_COLLECTION} indexes of at most ${MAX_FIELDS_PER_INDEX} fields`, () => {
    const tooMany = collections.filter((c) => c.indexes.length > MAX_INDEXES_PER_COLLECTION).map((c) => c.name)
    const tooWide = collections.flatMap((c) => c.indexes.filter((i) => i.fields.length > MAX_FIELDS_PER_INDEX).map(() => c.name))
    expect({ tooMany, tooWide }).toEqual({ tooMany: [], tooWide: [] })
  })
})
