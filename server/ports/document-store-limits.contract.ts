import { DuplicateIdError } from './document-store'
import type { Collection, DocumentStore, StoredDocument } from './document-store'
import { CONTRACT_COLLECTIONS } from './document-store.contract'
import { MAX_FIND_LIMIT, MAX_INSERT_MANY, MAX_TRANSACTION_OPERATIONS, MIN_SERVER_PAGE } from './store-limits'

/**
 * The port's behaviour at CloudBase's limits (store-limits.ts), run against every adapter like
 * document-store.contract.ts: reads larger than one server page, batches exactly at and one above
 * the insertMany limit, transactions at and one past the operation limit. Same `makeStore` /
 * `cleanup` rules as the main contract.
 */
interface Row extends StoredDocument {
  n: number
}

const rowId = (i: number) => `r${String(i).padStart(5, '0')}`
const rows = (from: number, count: number): Row[] => Array.from({ length: count }, (_, i) => ({ _id: rowId(from + i), n: from + i }))

export function describeDocumentStoreLimitsContract(
  label: string,
  makeStore: () => Promise<DocumentStore>,
  cleanup?: (store: DocumentStore) => Promise<void>,
): void {
  describe(`DocumentStore limits contract: ${label}`, () => {
    let store: DocumentStore | undefined
    let items: Collection<Row>

    beforeEach(async () => {
      store = undefined
      store = await makeStore()
      items = store.collection<Row>(CONTRACT_COLLECTIONS[0])
    })

    afterEach(async () => {
      if (cleanup && store) await cleanup(store)
    })

    const current = (): DocumentStore => {
      if (!store) throw new Error('makeStore failed')
      return store
    }

    describe('reads larger than one server page', () => {
      const total = MAX_FIND_LIMIT + MIN_SERVER_PAGE + 7

      beforeEach(async () => {
        await items.insertMany(rows(0, MAX_FIND_LIMIT))
        await items.insertMany(rows(MAX_FIND_LIMIT, total - MAX_FIND_LIMIT))
      })

      it('find returns the whole limit, in order, however small the server page is', async () => {
        const first = await items.find({}, { orderBy: [['n', 'asc']], limit: MAX_FIND_LIMIT })
        expect(first.map((r) => r.n)).toEqual(Array.from({ length: MAX_FIND_LIMIT }, (_, i) => i))
        const middle = await items.find({ n: { $gte: 10 } }, { orderBy: [['n', 'desc']], skip: 5, limit: 2 * MIN_SERVER_PAGE + 3 })
        expect(middle.map((r) => r.n)).toEqual(Array.from({ length: 2 * MIN_SERVER_PAGE + 3 }, (_, i) => total - 6 - i))
      })

      it('paging until an empty page visits every row exactly once', async () => {
        const seen: number[] = []
        for (let skip = 0; ; skip += MAX_FIND_LIMIT) {
          const page = await items.find({}, { orderBy: [['_id', 'asc']], skip, limit: MAX_FIND_LIMIT })
          if (page.length === 0) break
          seen.push(...page.map((r) => r.n))
        }
        expect(seen).toEqual(Array.from({ length: total }, (_, i) => i))
      })

      it('a cursor on _id pages the same rows', async () => {
        const seen: number[] = []
        let after = ''
        for (;;) {
          const page = await items.find({ _id: { $gt: after } }, { orderBy: [['_id', 'asc']], limit: 2 * MIN_SERVER_PAGE + 1 })
          if (page.length === 0) break
          seen.push(...page.map((r) => r.n))
          after = page[page.length - 1]?._id ?? after
        }
        expect(seen).toHaveLength(total)
        expect(new Set(seen).size).toBe(total)
      })

      it('getByIds returns every existing id of a full batch', async () => {
        const ids = [...rows(total - MAX_FIND_LIMIT + 1, MAX_FIND_LIMIT - 1).map((r) => r._id), 'missing']
        const found = await items.getByIds(ids)
        expect(found).toHaveLength(MAX_FIND_LIMIT - 1)
        expect(new Set(found.map((r) => r._id)).size).toBe(MAX_FIND_LIMIT - 1)
      })
    })

    describe('insertMany at its limit', () => {
      it('takes exactly MAX_INSERT_MANY documents', async () => {
        await items.insertMany(rows(0, MAX_INSERT_MANY))
        expect(await items.count({})).toBe(MAX_INSERT_MANY)
        expect(await items.getById(rowId(MAX_INSERT_MANY - 1))).toEqual({ _id: rowId(MAX_INSERT_MANY - 1), n: MAX_INSERT_MANY - 1 })
      })

      it('refuses one more, writing nothing', async () => {
        await expect(items.insertMany(rows(0, MAX_INSERT_MANY + 1))).rejects.toThrow(RangeError)
        expect(await items.count({})).toBe(0)
      })

      it('writes nothing when only the last document of a full batch exists already', async () => {
        await items.insert({ _id: rowId(MAX_INSERT_MANY - 1), n: -1 })
        await expect(items.insertMany(rows(0, MAX_INSERT_MANY))).rejects.toBeInstanceOf(DuplicateIdError)
        expect(await items.count({})).toBe(1)
        expect(await items.getById(rowId(MAX_INSERT_MANY - 1))).toEqual({ _id: rowId(MAX_INSERT_MANY - 1), n: -1 })
      })
    })

    describe('transactions at their limit', () => {
      const collection = CONTRACT_COLLECTIONS[0]

      it('commits exactly MAX_TRANSACTION_OPERATIONS operations', async () => {
        await current().runTransaction(async (tx) => {
          for (let i = 0; i < MAX_TRANSACTION_OPERATIONS; i += 1) await tx.set<Row>(collection, { _id: rowId(i), n: i })
        })
        expect(await items.count({})).toBe(MAX_TRANSACTION_OPERATIONS)
      })

      it('refuses the operation past the limit and rolls back the rest', async () => {
        await expect(
          current().runTransaction(async (tx) => {
            for (let i = 0; i < MAX_TRANSACTION_OPERATIONS; i += 1) await tx.set<Row>(collection, { _id: rowId(i), n: i })
            await tx.get<Row>(collection, rowId(0))
          }),
        ).rejects.toThrow(RangeError)
        expect(await items.count({})).toBe(0)
      })
    })
  })
}
