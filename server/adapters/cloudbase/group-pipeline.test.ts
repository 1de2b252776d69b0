import { MAX_GROUPS } from '../../ports/document-store'
import { createCloudBaseDocumentStore } from './cloudbase-document-store'
import { cmd, FakeCloudBaseDatabase } from './fake-cloudbase-database'

describe('CloudBase group pipeline (against a recording fake of the SDK)', () => {
  it('matches, unwinds an array field, groups with a count and numeric totals, sorts and limits', async () => {
    const db = new FakeCloudBaseDatabase()
    db.respond('aggregate.end', { list: [{ _id: 'US', count: 3, s0: 7 }, { _id: 'DE', count: 1 }] })
    const store = createCloudBaseDocumentStore(db, { collectionPrefix: 'test_' })

    const rows = await store.collection('reports').group({ status: 'closed' }, { by: 'countries', unwind: true, sum: ['rating.score'] })

    expect(rows).toEqual([
      { key: 'US', count: 3, sums: { 'rating.score': 7 } },
      { key: 'DE', count: 1, sums: { 'rating.score': 0 } },
    ])
    expect(db.requests).toHaveLength(1)
    expect(db.requests[0]).toMatchObject({ collection: 'test_reports', op: 'aggregate.end' })
    expect(db.requests[0].chain).toEqual([
      ['aggregate'],
      ['match', { status: cmd('eq', 'closed') }],
      ['unwind', '$countries'],
      ['group', { _id: '$countries', count: cmd('$sum', 1), s0: cmd('$sum', '$rating.score') }],
      ['sort', { count: -1, _id: 1 }],
      ['limit', MAX_GROUPS],
    ])
  })

  it('groups everything into one row without a match stage when there is no filter', async () => {
    const db = new FakeCloudBaseDatabase()
    db.respond('aggregate.end', { data: [{ _id: null, count: 5 }] })
    const store = createCloudBaseDocumentStore(db)

    expect(await store.collection('reports').group({}, { by: null })).toEqual([{ key: null, count: 5, sums: {} }])
    expect(db.requests[0].chain).toEqual([
      ['aggregate'],
      ['group', { _id: null, count: cmd('$sum', 1) }],
      ['sort', { count: -1, _id: 1 }],
      ['limit', MAX_GROUPS],
    ])
  })

  it('reads object or array keys as null rather than passing them through', async () => {
    const db = new FakeCloudBaseDatabase()
    db.respond('aggregate.end', { list: [{ _id: { a: 1 }, count: 2 }] })
    const rows = await createCloudBaseDocumentStore(db).collection('x').group({}, { by: 'a' })
    expect(rows).toEqual([{ key: null, count: 2, sums: {} }])
  })
})
