import { DuplicateIdError } from './document-store'
import type { Collection, DocumentStore, StoredDocument } from './document-store'

/**
 * The behaviour every DocumentStore adapter must share, written once and run against each adapter
 * (SQLite in the unit tests, a real CloudBase environment in the integration tests when credentials
 * are available). Where the two back ends could differ (type brackets, null vs missing, "modified"
 * vs "matched"), these tests pin the port's semantics.
 *
 * The suite only uses the collections in CONTRACT_COLLECTIONS, so an adapter that needs collections
 * created up front (CloudBase) can create exactly those. `makeStore` runs before every test and must
 * return a store whose contract collections are empty; `cleanup` runs after every test.
 */
export const CONTRACT_COLLECTIONS = ['contract_items', 'contract_other'] as const

interface Person extends StoredDocument {
  name?: string
  age?: number | string
  active?: boolean | number
  tags?: string[]
  profile?: { city?: string; zip?: string }
  nickname?: string | null
  score?: number
}

interface Note extends StoredDocument {
  text: string
}

const PEOPLE: Person[] = [
  { _id: 'p1', name: 'Alice Zhang', age: 30, active: true, tags: ['admin', 'staff'], profile: { city: 'Shanghai' }, nickname: 'ali' },
  { _id: 'p2', name: 'bob li', age: 25, active: false, tags: ['staff'], profile: { city: 'Beijing' }, nickname: null },
  { _id: 'p3', name: 'Carol 50% off_sale', age: 35, active: true, tags: [], profile: { city: 'Shanghai' } },
  { _id: 'p4', name: 'dave (test).', age: 25, active: true, profile: { city: 'Shenzhen' } },
  { _id: 'p5', name: '张伟', age: 41, active: false, tags: ['guest'], score: 1 },
  // Same-looking values of other types: must not be confused with 30 / true.
  { _id: 'p6', name: 'Eve', age: '30', active: 1 },
]
const ALL_IDS = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6']

function ids(docs: readonly StoredDocument[]): string[] {
  return docs.map((d) => d._id).sort()
}

function orderedIds(docs: readonly StoredDocument[]): string[] {
  return docs.map((d) => d._id)
}

export function describeDocumentStoreContract(
  label: string,
  makeStore: () => Promise<DocumentStore>,
  cleanup?: (store: DocumentStore) => Promise<void>,
): void {
  describe(`DocumentStore contract: ${label}`, () => {
    let store: DocumentStore | undefined
    let people: Collection<Person>
    let notes: Collection<Note>

    beforeEach(async () => {
      store = undefined
      const created = await makeStore()
      store = created
      people = created.collection<Person>(CONTRACT_COLLECTIONS[0])
      notes = created.collection<Note>(CONTRACT_COLLECTIONS[1])
    })

    afterEach(async () => {
      // Skipped when makeStore itself failed: that failure is the one worth reading.
      if (cleanup && store) await cleanup(store)
    })

    /** The store of the running test (always set once beforeEach succeeded). */
    const current = (): DocumentStore => {
      if (!store) throw new Error('makeStore failed')
      return store
    }

    const seed = (): Promise<void> => people.insertMany(PEOPLE)
    const findIds = async (filter: Parameters<Collection<Person>['find']>[0]): Promise<string[]> =>
      ids(await people.find(filter, { limit: 1000 }))

    describe('reading by id', () => {
      it('getById returns the stored document or null', async () => {
        await seed()
        expect(await people.getById('p1')).toEqual(PEOPLE[0])
        expect(await people.getById('nope')).toBeNull()
      })

      it('getByIds returns the documents that exist, once each, and [] for no ids', async () => {
        await seed()
        expect(ids(await people.getByIds(['p3', 'missing', 'p1', 'p3']))).toEqual(['p1', 'p3'])
        expect(await people.getByIds([])).toEqual([])
      })
    })

    describe('inserting', () => {
      it('insert stores the document exactly', async () => {
        const doc: Person = { _id: 'n1', name: "O'Brien \"quoted\"", tags: ['a'], profile: { city: 'X' }, nickname: null }
        await people.insert(doc)
        expect(await people.getById('n1')).toEqual(doc)
      })

      it('insert of an existing _id throws DuplicateIdError and keeps the original', async () => {
        await people.insert({ _id: 'd1', name: 'first' })
        const error = await people.insert({ _id: 'd1', name: 'second' }).then(
          () => null,
          (e: unknown) => e,
        )
        expect(error).toBeInstanceOf(DuplicateIdError)
        expect(error).toMatchObject({ collection: CONTRACT_COLLECTIONS[0], id: 'd1' })
        expect(await people.getById('d1')).toEqual({ _id: 'd1', name: 'first' })
      })

      it('insert rejects values that are not JSON (a Date would be stored differently by each back end)', async () => {
        const bad = { _id: 'bad', when: new Date() } as unknown as Person
        await expect(people.insert(bad)).rejects.toThrow(/Date/)
        await expect(people.insert({ _id: '' })).rejects.toThrow(/_id/)
        expect(await people.count({})).toBe(0)
      })

      it('insertUnlessExists inserts once, then returns false without overwriting', async () => {
        expect(await people.insertUnlessExists({ _id: 'u1', name: 'first' })).toBe(true)
        expect(await people.insertUnlessExists({ _id: 'u1', name: 'second' })).toBe(false)
        expect(await people.getById('u1')).toEqual({ _id: 'u1', name: 'first' })
      })

      it('insertMany inserts all documents', async () => {
        await seed()
        expect(await people.count({})).toBe(PEOPLE.length)
        await people.insertMany([])
        expect(await people.count({})).toBe(PEOPLE.length)
      })

      it('insertMany inserts nothing when one id already exists', async () => {
        await people.insert({ _id: 'p3', name: 'already here' })
        await expect(people.insertMany(PEOPLE)).rejects.toBeInstanceOf(DuplicateIdError)
        expect(ids(await people.find({}))).toEqual(['p3'])
        expect(await people.getById('p3')).toEqual({ _id: 'p3', name: 'already here' })
      })

      it('insertMany inserts nothing when the batch repeats an id', async () => {
        await expect(people.insertMany([{ _id: 'r1' }, { _id: 'r2' }, { _id: 'r1' }])).rejects.toBeInstanceOf(DuplicateIdError)
        expect(await people.count({})).toBe(0)
      })
    })

    describe('filters', () => {
      beforeEach(seed)

      it('an empty filter matches everything', async () => {
        expect(await findIds({})).toEqual(ALL_IDS)
      })

      it('plain values and $eq compare the whole value, type included', async () => {
        expect(await findIds({ name: 'bob li' })).toEqual(['p2'])
        expect(await findIds({ age: 25 })).toEqual(['p2', 'p4'])
        expect(await findIds({ age: { $eq: 30 } })).toEqual(['p1'])
        expect(await findIds({ age: '30' })).toEqual(['p6'])
        expect(await findIds({ active: true })).toEqual(['p1', 'p3', 'p4'])
        expect(await findIds({ active: 1 })).toEqual(['p6'])
        expect(await findIds({ name: 'BOB LI' })).toEqual([])
      })

      it('null matches null and missing fields; $ne matches missing fields too', async () => {
        expect(await findIds({ nickname: null })).toEqual(['p2', 'p3', 'p4', 'p5', 'p6'])
        expect(await findIds({ nickname: { $ne: null } })).toEqual(['p1'])
        expect(await findIds({ age: { $ne: 25 } })).toEqual(['p1', 'p3', 'p5', 'p6'])
        expect(await findIds({ 'profile.city': { $ne: 'Shanghai' } })).toEqual(['p2', 'p4', 'p5', 'p6'])
      })

      it('$gt/$gte/$lt/$lte compare numbers with numbers and strings with strings only', async () => {
        expect(await findIds({ age: { $gt: 25 } })).toEqual(['p1', 'p3', 'p5'])
        expect(await findIds({ age: { $gte: 25 } })).toEqual(['p1', 'p2', 'p3', 'p4', 'p5'])
        expect(await findIds({ age: { $lt: 30 } })).toEqual(['p2', 'p4'])
        expect(await findIds({ age: { $lte: 30 } })).toEqual(['p1', 'p2', 'p4'])
        expect(await findIds({ age: { $gt: 25, $lt: 41 } })).toEqual(['p1', 'p3'])
        expect(await findIds({ name: { $gte: 'a', $lt: 'c' } })).toEqual(['p2'])
        expect(await findIds({ age: { $gte: '0' } })).toEqual(['p6'])
      })

      it('$in and $nin', async () => {
        expect(await findIds({ age: { $in: [25, 41] } })).toEqual(['p2', 'p4', 'p5'])
        expect(await findIds({ age: { $in: ['30'] } })).toEqual(['p6'])
        expect(await findIds({ nickname: { $in: ['ali', 'zzz'] } })).toEqual(['p1'])
        expect(await findIds({ age: { $in: [] } })).toEqual([])
        // Lists of one type (compiled as one IN list on SQLite) still keep type brackets apart.
        expect(await findIds({ age: { $in: [30, 35] } })).toEqual(['p1', 'p3'])
        expect(await findIds({ age: { $in: ['30', '35'] } })).toEqual(['p6'])
        expect(await findIds({ active: { $in: [1, 0] } })).toEqual(['p6'])
        expect(await findIds({ active: { $in: [true, 1] } })).toEqual(['p1', 'p3', 'p4', 'p6'])
        expect(await findIds({ age: { $nin: ['30', '25'] } })).toEqual(['p1', 'p2', 'p3', 'p4', 'p5'])
        expect(await findIds({ age: { $nin: [25, 30] } })).toEqual(['p3', 'p5', 'p6'])
        expect(await findIds({ score: { $nin: [1] } })).toEqual(['p1', 'p2', 'p3', 'p4', 'p6'])
        expect(await findIds({ age: { $nin: [] } })).toEqual(ALL_IDS)
      })

      it('$exists counts an explicit null as existing', async () => {
        expect(await findIds({ nickname: { $exists: true } })).toEqual(['p1', 'p2'])
        expect(await findIds({ nickname: { $exists: false } })).toEqual(['p3', 'p4', 'p5', 'p6'])
        expect(await findIds({ 'profile.city': { $exists: true } })).toEqual(['p1', 'p2', 'p3', 'p4'])
      })

      it('$contains and $containsAny test array membership', async () => {
        expect(await findIds({ tags: { $contains: 'staff' } })).toEqual(['p1', 'p2'])
        expect(await findIds({ tags: { $contains: 'nobody' } })).toEqual([])
        expect(await findIds({ tags: { $containsAny: ['admin', 'guest'] } })).toEqual(['p1', 'p5'])
        expect(await findIds({ tags: { $containsAny: [] } })).toEqual([])
      })

      it('$search is a case-insensitive substring match with no wildcard characters', async () => {
        expect(await findIds({ name: { $search: 'ZHANG' } })).toEqual(['p1'])
        expect(await findIds({ name: { $search: 'B' } })).toEqual(['p2'])
        expect(await findIds({ name: { $search: '%' } })).toEqual(['p3'])
        expect(await findIds({ name: { $search: '_' } })).toEqual(['p3'])
        expect(await findIds({ name: { $search: '50% off_' } })).toEqual(['p3'])
        expect(await findIds({ name: { $search: '.' } })).toEqual(['p4'])
        expect(await findIds({ name: { $search: '(test).' } })).toEqual(['p4'])
        expect(await findIds({ name: { $search: '伟' } })).toEqual(['p5'])
        // Only string fields: the number 30 does not contain "3", the string "30" does.
        expect(await findIds({ age: { $search: '3' } })).toEqual(['p6'])
      })

      it('dotted paths address nested fields', async () => {
        expect(await findIds({ 'profile.city': 'Shanghai' })).toEqual(['p1', 'p3'])
        expect(await findIds({ 'profile.city': { $in: ['Beijing', 'Shenzhen'] } })).toEqual(['p2', 'p4'])
      })

      it('$and, $or, nesting and field conditions beside them', async () => {
        expect(await findIds({ $or: [{ age: 25 }, { 'profile.city': 'Shanghai' }] })).toEqual(['p1', 'p2', 'p3', 'p4'])
        expect(await findIds({ active: true, $or: [{ age: { $lt: 30 } }, { tags: { $contains: 'admin' } }] })).toEqual(['p1', 'p4'])
        expect(await findIds({ $and: [{ age: { $gte: 25 } }, { age: { $lte: 30 } }] })).toEqual(['p1', 'p2', 'p4'])
        expect(await findIds({ $or: [{ $and: [{ active: false }, { age: 25 }] }, { name: 'Eve' }] })).toEqual(['p2', 'p6'])
        expect(await findIds({ $or: [] })).toEqual([])
      })

      it('rejects malformed field paths and unknown operators instead of guessing', async () => {
        await expect(people.find({ 'bad path': 1 })).rejects.toThrow()
        await expect(people.find({ "x') OR 1=1 --": 1 })).rejects.toThrow()
        await expect(people.find({ 'a..b': 1 })).rejects.toThrow()
        await expect(people.find({ age: { $regex: 'x' } as never })).rejects.toThrow()
        await expect(people.count({ $nor: [] } as never)).rejects.toThrow()
      })

      it('refuses __proto__, constructor and prototype as path segments in filters, updates and ordering', async () => {
        await people.insert({ _id: 'proto1', name: 'Ann' })
        for (const path of ['__proto__', '__proto__.polluted', 'constructor.prototype', 'name.constructor', 'prototype']) {
          await expect(people.find({ [path]: 1 })).rejects.toThrow(/invalid field path/)
          await expect(people.find({}, { orderBy: [[path, 'asc']] })).rejects.toThrow(/invalid field path/)
          await expect(people.updateOne('proto1', { $set: { [path]: 'x' } })).rejects.toThrow(/invalid field path/)
          await expect(people.updateOne('proto1', { $inc: { [path]: 1 } })).rejects.toThrow(/invalid field path/)
          await expect(people.updateMany({}, { $unset: [path] })).rejects.toThrow(/invalid field path/)
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined()
        expect(await people.getById('proto1')).toEqual({ _id: 'proto1', name: 'Ann' })
      })

      it('values are data, never query text', async () => {
        await people.insert({ _id: 'q1', name: "x' OR '1'='1" })
        expect(await findIds({ name: "x' OR '1'='1" })).toEqual(['q1'])
        expect(await findIds({ name: { $search: "' OR '" } })).toEqual(['q1'])
      })
    })

    describe('ordering, paging and counting', () => {
      beforeEach(seed)
      const numericAge = { age: { $gte: 0 } }

      it('orders by a field with ties broken by _id, both directions', async () => {
        expect(orderedIds(await people.find(numericAge, { orderBy: [['age', 'asc']] }))).toEqual(['p2', 'p4', 'p1', 'p3', 'p5'])
        expect(orderedIds(await people.find(numericAge, { orderBy: [['age', 'desc']] }))).toEqual(['p5', 'p3', 'p1', 'p2', 'p4'])
      })

      it('orders by several fields, including booleans and dotted paths', async () => {
        const byActiveThenAge = await people.find(numericAge, { orderBy: [['active', 'desc'], ['age', 'asc']] })
        expect(orderedIds(byActiveThenAge)).toEqual(['p4', 'p1', 'p3', 'p2', 'p5'])
        const byCity = await people.find({ 'profile.city': { $exists: true } }, { orderBy: [['profile.city', 'asc'], ['name', 'asc']] })
        expect(orderedIds(byCity)).toEqual(['p2', 'p1', 'p3', 'p4'])
      })

      it('skip and limit page through an ordered result', async () => {
        const page = await people.find(numericAge, { orderBy: [['age', 'asc']], skip: 1, limit: 2 })
        expect(orderedIds(page)).toEqual(['p4', 'p1'])
        expect(await people.find(numericAge, { orderBy: [['age', 'asc']], skip: 10 })).toEqual([])
      })

      it('findOne returns the first match in order, or null', async () => {
        expect((await people.findOne({ active: true }, { orderBy: [['age', 'desc']] }))?._id).toBe('p3')
        expect(await people.findOne({ name: 'nobody' })).toBeNull()
      })

      it('count counts matches', async () => {
        expect(await people.count({})).toBe(6)
        expect(await people.count({ active: true })).toBe(3)
        expect(await people.count({ tags: { $contains: 'staff' } })).toBe(2)
        expect(await people.count({ name: 'nobody' })).toBe(0)
      })

      it('group counts and totals per key in the database, largest first, ties by key', async () => {
        expect(await people.group({}, { by: 'profile.city' })).toEqual([
          { key: null, count: 2, sums: {} },
          { key: 'Shanghai', count: 2, sums: {} },
          { key: 'Beijing', count: 1, sums: {} },
          { key: 'Shenzhen', count: 1, sums: {} },
        ])
        expect(await people.group({}, { by: 'tags', unwind: true })).toEqual([
          { key: 'staff', count: 2, sums: {} },
          { key: 'admin', count: 1, sums: {} },
          { key: 'guest', count: 1, sums: {} },
        ])
        // Booleans stay booleans; the string '30' adds nothing to a total.
        expect(await people.group({}, { by: 'active', sum: ['age'] })).toEqual([
          { key: true, count: 3, sums: { age: 90 } },
          { key: false, count: 2, sums: { age: 66 } },
          { key: 1, count: 1, sums: { age: 0 } },
        ])
        expect(await people.group({ age: { $gte: 30 } }, { by: null, sum: ['score'] })).toEqual([{ key: null, count: 3, sums: { score: 1 } }])
        expect(await people.group({ name: 'nobody' }, { by: null })).toEqual([])
      })

      it('find returns 100 documents by default, at most 1000, and rejects larger limits', async () => {
        const many = Array.from({ length: 150 }, (_, i) => ({ _id: `m${String(i).padStart(3, '0')}`, text: `n${i}` }))
        for (let i = 0; i < many.length; i += 50) await notes.insertMany(many.slice(i, i + 50))
        expect(await notes.find({})).toHaveLength(100)
        expect(await notes.find({}, { limit: 1000 })).toHaveLength(150)
        const rest = await notes.find({}, { orderBy: [['text', 'asc']], skip: 100, limit: 100 })
        expect(rest).toHaveLength(50)
        await expect(notes.find({}, { limit: 1001 })).rejects.toThrow(RangeError)
        await expect(notes.find({}, { limit: 0 })).rejects.toThrow(RangeError)
        await expect(notes.find({}, { skip: -1 })).rejects.toThrow(RangeError)
      })
    })

    describe('updateOne', () => {
      beforeEach(seed)

      it('applies without a condition and reports true', async () => {
        expect(await people.updateOne('p1', { $set: { name: 'Alice Z.' } })).toBe(true)
        expect(await people.getById('p1')).toEqual({ ...PEOPLE[0], name: 'Alice Z.' })
      })

      it('reports false for a missing document and creates nothing', async () => {
        expect(await people.updateOne('ghost', { $set: { name: 'x' } })).toBe(false)
        expect(await people.getById('ghost')).toBeNull()
      })

      it('applies only when the condition matches', async () => {
        expect(await people.updateOne('p2', { $set: { active: true } }, { active: true })).toBe(false)
        expect(await people.getById('p2')).toEqual(PEOPLE[1])
        expect(await people.updateOne('p2', { $set: { active: true } }, { active: false, age: { $lt: 30 } })).toBe(true)
        expect((await people.getById('p2'))?.active).toBe(true)
        expect(await people.updateOne('p4', { $inc: { age: 1 } }, { $or: [{ age: 99 }, { tags: { $exists: false } }] })).toBe(true)
        expect((await people.getById('p4'))?.age).toBe(26)
      })

      it('a condition on _id cannot redirect the update to another document', async () => {
        expect(await people.updateOne('p1', { $set: { name: 'hijacked' } }, { _id: 'p2' })).toBe(false)
        expect(await people.getById('p2')).toEqual(PEOPLE[1])
      })

      it('reports false when the update would not change the document (modified, not matched)', async () => {
        expect(await people.updateOne('p1', { $set: { age: 30 } })).toBe(false)
        expect(await people.updateOne('p1', { $pull: { tags: ['nobody'] } })).toBe(false)
      })

      it('$set replaces values and creates missing parents', async () => {
        await people.updateOne('p1', { $set: { 'profile.zip': '200000', tags: ['x'] } })
        expect(await people.getById('p1')).toMatchObject({ profile: { city: 'Shanghai', zip: '200000' }, tags: ['x'] })
        await people.updateOne('p1', { $set: { profile: { zip: '100000' } } })
        expect((await people.getById('p1'))?.profile).toEqual({ zip: '100000' })
        await people.updateOne('p6', { $set: { 'profile.city': 'Hangzhou' } })
        expect((await people.getById('p6'))?.profile).toEqual({ city: 'Hangzhou' })
      })

      it('$unset removes fields, nested ones included', async () => {
        await people.updateOne('p1', { $unset: ['nickname', 'profile.city'] })
        const doc = await people.getById('p1')
        expect(doc).not.toHaveProperty('nickname')
        expect(doc?.profile).toEqual({})
      })

      it('$inc adds to numbers and creates missing fields', async () => {
        await people.updateOne('p5', { $inc: { age: -2, score: 10 } })
        await people.updateOne('p1', { $inc: { score: 3 } })
        expect(await people.getById('p5')).toMatchObject({ age: 39, score: 11 })
        expect((await people.getById('p1'))?.score).toBe(3)
      })

      it('$push appends, keeping duplicates, and creates missing arrays', async () => {
        await people.updateOne('p1', { $push: { tags: ['staff', 'new'] } })
        await people.updateOne('p4', { $push: { tags: ['first'] } })
        expect((await people.getById('p1'))?.tags).toEqual(['admin', 'staff', 'staff', 'new'])
        expect((await people.getById('p4'))?.tags).toEqual(['first'])
      })

      it('$addToSet appends only values not yet present', async () => {
        await people.updateOne('p1', { $addToSet: { tags: ['staff', 'ops', 'ops'] } })
        expect((await people.getById('p1'))?.tags).toEqual(['admin', 'staff', 'ops'])
        await people.updateOne('p4', { $addToSet: { tags: ['a'] } })
        expect((await people.getById('p4'))?.tags).toEqual(['a'])
      })

      it('$pull removes every occurrence of the values', async () => {
        await people.updateOne('p1', { $push: { tags: ['admin'] } })
        await people.updateOne('p1', { $pull: { tags: ['admin', 'absent'] } })
        expect((await people.getById('p1'))?.tags).toEqual(['staff'])
      })

      it('several operators in one update apply together', async () => {
        expect(await people.updateOne('p2', { $set: { name: 'Bob' }, $unset: ['nickname'], $inc: { age: 1 }, $addToSet: { tags: ['x'] } })).toBe(true)
        expect(await people.getById('p2')).toEqual({ _id: 'p2', name: 'Bob', age: 26, active: false, tags: ['staff', 'x'], profile: { city: 'Beijing' } })
      })

      it('rejects empty, _id-changing, conflicting and ill-typed updates, leaving the document unchanged', async () => {
        await expect(people.updateOne('p1', {})).rejects.toThrow()
        await expect(people.updateOne('p1', { $set: { _id: 'other' } })).rejects.toThrow()
        await expect(people.updateOne('p1', { $set: { profile: {} }, $unset: ['profile.city'] })).rejects.toThrow()
        await expect(people.updateOne('p1', { name: 'no operator' } as never)).rejects.toThrow()
        await expect(people.updateOne('p1', { $inc: { name: 1 } })).rejects.toThrow()
        await expect(people.updateOne('p1', { $push: { name: ['x'] } })).rejects.toThrow()
        expect(await people.getById('p1')).toEqual(PEOPLE[0])
      })
    })

    describe('updateMany, replaceOne, deletes', () => {
      beforeEach(seed)

      it('updateMany updates every match and returns how many changed', async () => {
        expect(await people.updateMany({ active: true }, { $inc: { age: 1 } })).toBe(3)
        expect(ids(await people.find({ age: { $in: [31, 36, 26] } }))).toEqual(['p1', 'p3', 'p4'])
        expect((await people.getById('p2'))?.age).toBe(25)
        // Documents already in the target state are not counted.
        expect(await people.updateMany({}, { $set: { active: true } })).toBe(3)
        expect(await people.count({ active: true })).toBe(6)
        expect(await people.updateMany({ name: 'nobody' }, { $set: { active: false } })).toBe(0)
      })

      it('replaceOne replaces the whole document when it exists and matches', async () => {
        expect(await people.replaceOne({ _id: 'p1', name: 'Replaced' })).toBe(true)
        expect(await people.getById('p1')).toEqual({ _id: 'p1', name: 'Replaced' })
        expect(await people.replaceOne({ _id: 'p2', name: 'nope' }, { active: true })).toBe(false)
        expect(await people.getById('p2')).toEqual(PEOPLE[1])
        expect(await people.replaceOne({ _id: 'p2', name: 'Bob' }, { active: false })).toBe(true)
        expect(await people.getById('p2')).toEqual({ _id: 'p2', name: 'Bob' })
        expect(await people.replaceOne({ _id: 'ghost', name: 'x' })).toBe(false)
        expect(await people.getById('ghost')).toBeNull()
      })

      it('deleteOne deletes by id, only when the condition matches', async () => {
        expect(await people.deleteOne('p1', { active: false })).toBe(false)
        expect(await people.getById('p1')).not.toBeNull()
        expect(await people.deleteOne('p1', { active: true })).toBe(true)
        expect(await people.getById('p1')).toBeNull()
        expect(await people.deleteOne('p1')).toBe(false)
        expect(await people.deleteOne('p2')).toBe(true)
        expect(await people.count({})).toBe(4)
      })

      it('deleteMany deletes every match and returns the count', async () => {
        expect(await people.deleteMany({ active: false })).toBe(2)
        expect(await findIds({})).toEqual(['p1', 'p3', 'p4', 'p6'])
        expect(await people.deleteMany({ name: 'nobody' })).toBe(0)
        expect(await people.deleteMany({})).toBe(4)
        expect(await people.count({})).toBe(0)
      })
    })

    describe('runTransaction', () => {
      beforeEach(seed)

      it('commits every write and returns the work result', async () => {
        const result = await current().runTransaction(async (tx) => {
          const p1 = await tx.get<Person>(CONTRACT_COLLECTIONS[0], 'p1')
          await tx.set<Note>(CONTRACT_COLLECTIONS[1], { _id: 'n1', text: `about ${p1?.name}` })
          await tx.update(CONTRACT_COLLECTIONS[0], 'p2', { $inc: { age: 5 }, $set: { nickname: 'b' } })
          await tx.delete(CONTRACT_COLLECTIONS[0], 'p3')
          return 'done'
        })
        expect(result).toBe('done')
        expect(await notes.getById('n1')).toEqual({ _id: 'n1', text: 'about Alice Zhang' })
        expect(await people.getById('p2')).toMatchObject({ age: 30, nickname: 'b' })
        expect(await people.getById('p3')).toBeNull()
      })

      it('set overwrites an existing document', async () => {
        await current().runTransaction(async (tx) => tx.set<Person>(CONTRACT_COLLECTIONS[0], { _id: 'p1', name: 'only name' }))
        expect(await people.getById('p1')).toEqual({ _id: 'p1', name: 'only name' })
      })

      it('get returns null for a missing document; update of a missing document creates nothing', async () => {
        const seen = await current().runTransaction(async (tx) => {
          await tx.update(CONTRACT_COLLECTIONS[0], 'ghost', { $set: { name: 'x' } })
          return tx.get<Person>(CONTRACT_COLLECTIONS[0], 'ghost')
        })
        expect(seen).toBeNull()
        expect(await people.getById('ghost')).toBeNull()
      })

      it('rolls back every write when the work throws, and rethrows', async () => {
        const failure = new Error('changed my mind')
        await expect(
          current().runTransaction(async (tx) => {
            await tx.set<Note>(CONTRACT_COLLECTIONS[1], { _id: 'n2', text: 'temp' })
            await tx.update(CONTRACT_COLLECTIONS[0], 'p1', { $set: { name: 'temp' } })
            await tx.delete(CONTRACT_COLLECTIONS[0], 'p2')
            throw failure
          }),
        ).rejects.toBe(failure)
        expect(await notes.getById('n2')).toBeNull()
        expect(await people.getById('p1')).toEqual(PEOPLE[0])
        expect(await people.getById('p2')).toEqual(PEOPLE[1])
      })
    })
  })
}
