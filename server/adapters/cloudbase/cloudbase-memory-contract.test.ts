import { describeDocumentStoreLimitsContract } from '../../ports/document-store-limits.contract'
import { describeDocumentStoreContract } from '../../ports/document-store.contract'
import { MAX_INSERT_MANY, MAX_TRANSACTION_OPERATIONS, MIN_SERVER_PAGE } from '../../ports/store-limits'
import { createCloudBaseDocumentStore } from './cloudbase-document-store'
import { MemoryCloudBaseDatabase } from './testing/memory-cloudbase-database'

/**
 * The DocumentStore contract over the CloudBase adapter and an in-memory CloudBase that answers
 * like the server (MongoDB matching, SDK error texts) and enforces its limits: pages of at most
 * MIN_SERVER_PAGE rows, 20-row aggregates without a limit, a cap on operations per transaction.
 * The same suites run on SQLite (sqlite-document-store.test.ts) and, with credentials, on a real
 * environment (cloudbase-document-store.int.test.ts).
 */
const makeStore = async () => createCloudBaseDocumentStore(new MemoryCloudBaseDatabase(), { collectionPrefix: 'mem_' })

describeDocumentStoreContract('CloudBase adapter on an in-memory CloudBase', makeStore)
describeDocumentStoreLimitsContract('CloudBase adapter on an in-memory CloudBase', makeStore)

describe('how the CloudBase adapter stays inside the server limits', () => {
  it('reads a 1000-row find in server pages, stopping on a page shorter than any server page', async () => {
    const db = new MemoryCloudBaseDatabase()
    const items = createCloudBaseDocumentStore(db).collection<{ _id: string; n: number }>('items')
    await items.insertMany(Array.from({ length: 250 }, (_, i) => ({ _id: `i${String(i).padStart(3, '0')}`, n: i })))
    db.pages.length = 0
    expect(await items.find({}, { limit: 1000 })).toHaveLength(250)
    expect(db.pages.map((p) => [p.asked, p.answered])).toEqual([
      [1000, MIN_SERVER_PAGE],
      [900, MIN_SERVER_PAGE],
      [800, 50],
    ])
  })

  it('asks once when the first page is already shorter than any server page', async () => {
    const db = new MemoryCloudBaseDatabase()
    const items = createCloudBaseDocumentStore(db).collection<{ _id: string }>('items')
    await items.insertMany([{ _id: 'a' }, { _id: 'b' }])
    db.pages.length = 0
    expect(await items.find({}, { limit: 1000 })).toHaveLength(2)
    expect(db.pages).toHaveLength(1)
  })

  it('asks for at most MIN_SERVER_PAGE ids per getByIds query', async () => {
    const db = new MemoryCloudBaseDatabase()
    const items = createCloudBaseDocumentStore(db).collection<{ _id: string }>('items')
    const ids = Array.from({ length: 250 }, (_, i) => `i${i}`)
    await items.getByIds(ids)
    expect(db.pages.map((p) => p.asked)).toEqual([MIN_SERVER_PAGE, MIN_SERVER_PAGE, 50])
  })

  it('writes a full insertMany in transactions that each stay within the operation limit', async () => {
    const db = new MemoryCloudBaseDatabase()
    const items = createCloudBaseDocumentStore(db).collection<{ _id: string }>('items')
    await items.insertMany(Array.from({ length: MAX_INSERT_MANY }, (_, i) => ({ _id: `i${i}` })))
    expect(db.transactionSizes.length).toBeGreaterThan(1)
    expect(Math.max(...db.transactionSizes)).toBeLessThanOrEqual(MAX_TRANSACTION_OPERATIONS)
    expect(db.transactionSizes.reduce((a, b) => a + b, 0)).toBe(2 * MAX_INSERT_MANY)
  })
})
