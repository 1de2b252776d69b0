import { DuplicateIdError } from '../../ports/document-store'
import type { Collection, DocumentStore, StoredDocument } from '../../ports/document-store'
import { createCloudBaseDocumentStore } from './cloudbase-document-store'
import { isDocumentNotFoundError, isDuplicateKeyError } from './cloudbase-errors'
import { cmd, FakeCloudBaseDatabase } from './fake-cloudbase-database'
import { UniqueConstraintError } from '../shared/unique-constraint-error'

interface Item extends StoredDocument {
  status?: string
  n?: number
  tags?: string[]
}

/** Shaped like wx-server-sdk's rethrown server errors (errCode -501001 for unmapped codes). */
function sdkError(message: string, errCode = -501001): Error {
  return Object.assign(new Error(message), { errCode, errMsg: message })
}
const duplicate = (): Error => sdkError('collection.add:fail -501001 resource system error. [DATABASE_DUPLICATE_WRITE] E11000 duplicate key error')
const notFound = (id: string): Error => sdkError(`document.get:fail document with _id ${id} does not exist`, -1)

describe('CloudBase adapter (against a recording fake of the SDK)', () => {
  let db: FakeCloudBaseDatabase
  let store: DocumentStore
  let items: Collection<Item>

  beforeEach(() => {
    db = new FakeCloudBaseDatabase()
    store = createCloudBaseDocumentStore(db, { collectionPrefix: 'test_' })
    items = store.collection<Item>('items')
  })

  it('refuses prototype segments in field paths before any request is sent', async () => {
    for (const path of ['__proto__.polluted', 'constructor', 'a.prototype']) {
      await expect(items.find({ [path]: 1 })).rejects.toThrow(/invalid field path/)
      await expect(items.updateOne('a', { $set: { [path]: 1 } })).rejects.toThrow(/invalid field path/)
      await expect(items.find({}, { orderBy: [[path, 'desc']] })).rejects.toThrow(/invalid field path/)
    }
    expect(db.requests).toEqual([])
  })

  describe('reads', () => {
    it('getById queries by _id (doc().get() would reject for a missing document)', async () => {
      db.respond('get', { data: [{ _id: 'a', n: 1 }] }, { data: [] })
      expect(await items.getById('a')).toEqual({ _id: 'a', n: 1 })
      expect(await items.getById('b')).toBeNull()
      expect(db.requests[0]).toEqual({ collection: 'test_items', chain: [['where', { _id: cmd('eq', 'a') }], ['limit', 1]], op: 'get', args: [], inTransaction: false })
    })

    it('getByIds asks once for the distinct ids, and not at all for none', async () => {
      db.respond('get', { data: [{ _id: 'a' }] })
      expect(await items.getByIds(['a', 'b', 'a'])).toEqual([{ _id: 'a' }])
      expect(await items.getByIds([])).toEqual([])
      expect(db.requests.map((r) => r.chain)).toEqual([[['where', { _id: cmd('in', ['a', 'b']) }], ['limit', 2]]])
    })

    it('find builds where → orderBy (+ _id tiebreak) → skip → limit', async () => {
      db.respond('get', { data: [{ _id: 'x' }] })
      const found = await items.find({ status: 'open', n: { $gt: 2 } }, { orderBy: [['n', 'desc']], skip: 20, limit: 10 })
      expect(found).toEqual([{ _id: 'x' }])
      expect(db.requests[0].chain).toEqual([
        ['where', { status: cmd('eq', 'open'), n: cmd('gt', 2) }],
        ['orderBy', 'n', 'desc'],
        ['orderBy', '_id', 'asc'],
        ['skip', 20],
        ['limit', 10],
      ])
    })

    it('find without filter or options skips where and uses the default limit of 100', async () => {
      await items.find({})
      await items.find({}, { orderBy: [['_id', 'desc']] })
      expect(db.requests.map((r) => r.chain)).toEqual([
        [['orderBy', '_id', 'asc'], ['limit', 100]],
        [['orderBy', '_id', 'desc'], ['limit', 100]],
      ])
    })

    it('rejects limits above 1000 and malformed filters before sending anything', async () => {
      await expect(items.find({}, { limit: 1001 })).rejects.toThrow(RangeError)
      await expect(items.find({ 'a b': 1 })).rejects.toThrow(/invalid field path/)
      await expect(items.count({ a: { $where: 'x' } } as never)).rejects.toThrow(/unknown operator/)
      expect(db.requests).toEqual([])
    })

    it('findOne asks for one document', async () => {
      db.respond('get', { data: [{ _id: 'first' }] })
      expect(await items.findOne({ tags: { $contains: 't' } }, { orderBy: [['n', 'asc']] })).toEqual({ _id: 'first' })
      expect(db.requests[0].chain).toEqual([['where', { tags: cmd('eq', 't') }], ['orderBy', 'n', 'asc'], ['orderBy', '_id', 'asc'], ['limit', 1]])
    })

    it('count returns total', async () => {
      db.respond('count', { total: 7 })
      expect(await items.count({ n: { $in: [1, 2] } })).toBe(7)
      expect(db.requests[0]).toMatchObject({ op: 'count', chain: [['where', { n: cmd('in', [1, 2]) }]] })
    })
  })

  describe('inserts', () => {
    it('insert adds the document with its _id', async () => {
      await items.insert({ _id: 'a', n: 1 })
      expect(db.requests[0]).toMatchObject({ collection: 'test_items', op: 'add', args: [{ data: { _id: 'a', n: 1 } }] })
    })

    it('insert turns a duplicate-key error for an existing id into DuplicateIdError with the unprefixed name', async () => {
      db.respond('add', duplicate())
      db.respond('get', { data: [{ _id: 'a' }] })
      const error = await items.insert({ _id: 'a' }).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(DuplicateIdError)
      expect(error).toMatchObject({ collection: 'items', id: 'a' })
      expect(db.requests.map((r) => [r.op, r.chain])).toEqual([
        ['add', []],
        ['get', [['where', { _id: cmd('eq', 'a') }], ['limit', 1]]],
      ])
    })

    it('a duplicate-key error while the id does not exist is another unique index: UniqueConstraintError', async () => {
      db.respond('add', duplicate(), duplicate())
      await expect(items.insert({ _id: 'new', status: 'taken' })).rejects.toBeInstanceOf(UniqueConstraintError)
      await expect(items.insertUnlessExists({ _id: 'new', status: 'taken' })).rejects.toMatchObject({ collection: 'items' })
    })

    it('insertUnlessExists is true when added, false on duplicate, and rethrows other failures', async () => {
      const other = sdkError('collection.add:fail -502005 database collection not exists. [ResourceNotFound] Db or Table not exist', -502005)
      db.respond('add', { _id: 'a' }, duplicate(), other)
      db.respond('get', { data: [{ _id: 'a' }] })
      expect(await items.insertUnlessExists({ _id: 'a' })).toBe(true)
      expect(await items.insertUnlessExists({ _id: 'a' })).toBe(false)
      await expect(items.insertUnlessExists({ _id: 'a' })).rejects.toBe(other)
    })

    it('insertMany checks every id inside one transaction, then sets each without _id in the data', async () => {
      db.respond('doc.get', notFound('a'), { data: null })
      await items.insertMany([{ _id: 'a', n: 1 }, { _id: 'b', n: 2 }])
      expect(db.transactions).toEqual(['committed'])
      expect(db.requests.map((r) => [r.op, r.chain, r.args, r.inTransaction])).toEqual([
        ['doc.get', [['doc', 'a']], [], true],
        ['doc.get', [['doc', 'b']], [], true],
        ['doc.set', [['doc', 'a']], [{ data: { n: 1 } }], true],
        ['doc.set', [['doc', 'b']], [{ data: { n: 2 } }], true],
      ])
    })

    it('insertMany writes nothing and rolls back when an id exists', async () => {
      db.respond('doc.get', notFound('a'), { data: { _id: 'b' } })
      await expect(items.insertMany([{ _id: 'a' }, { _id: 'b' }])).rejects.toBeInstanceOf(DuplicateIdError)
      expect(db.transactions).toEqual(['rolled back'])
      expect(db.requests.filter((r) => r.op === 'doc.set')).toEqual([])
    })

    it('insertMany rejects a batch that repeats an id without contacting the server', async () => {
      await expect(items.insertMany([{ _id: 'a' }, { _id: 'a' }])).rejects.toBeInstanceOf(DuplicateIdError)
      expect(db.requests).toEqual([])
    })
  })

  describe('conditional writes', () => {
    it('updateOne is one where({ _id, ...condition }).update and reads stats.updated', async () => {
      db.respond('update', { stats: { updated: 1 } }, { stats: { updated: 0 } })
      expect(await items.updateOne('a', { $inc: { n: -1 } }, { n: { $gte: 1 } })).toBe(true)
      expect(await items.updateOne('a', { $inc: { n: -1 } }, { n: { $gte: 1 } })).toBe(false)
      expect(db.requests[0]).toEqual({
        collection: 'test_items',
        chain: [['where', { _id: cmd('eq', 'a'), n: cmd('gte', 1) }]],
        op: 'update',
        args: [{ data: { n: cmd('inc', -1) } }],
        inTransaction: false,
      })
    })

    it('updateOne keeps the id constraint when the condition has _id or logical operators', async () => {
      await items.updateOne('a', { $set: { status: 'x' } }, { _id: 'b' })
      await items.updateOne('a', { $set: { status: 'x' } }, { $or: [{ status: 'open' }, { status: 'new' }] })
      await items.updateOne('a', { $set: { status: 'x' } })
      expect(db.requests.map((r) => r.chain[0])).toEqual([
        ['where', cmd('and', { _id: cmd('eq', 'a') }, { _id: cmd('eq', 'b') })],
        ['where', cmd('and', { _id: cmd('eq', 'a') }, cmd('or', { status: cmd('eq', 'open') }, { status: cmd('eq', 'new') }))],
        ['where', { _id: cmd('eq', 'a') }],
      ])
    })

    it('reports a unique-index violation by an update as UniqueConstraintError', async () => {
      db.respond('update', duplicate(), sdkError('collection.update:fail -501001 resource system error'))
      await expect(items.updateOne('a', { $set: { status: 'taken' } })).rejects.toBeInstanceOf(UniqueConstraintError)
      await expect(items.updateMany({}, { $set: { status: 'x' } })).rejects.toThrow(/resource system error/)
    })

    it('rejects invalid updates before sending anything', async () => {
      await expect(items.updateOne('a', {})).rejects.toThrow(/changes nothing/)
      await expect(items.updateOne('a', { $set: { _id: 'b' } })).rejects.toThrow(/_id/)
      await expect(items.updateOne('', { $set: { n: 1 } })).rejects.toThrow(/_id/)
      expect(db.requests).toEqual([])
    })

    it('updateMany and deleteMany never send an unconditioned bulk write', async () => {
      db.respond('update', { stats: { updated: 4 } })
      db.respond('remove', { stats: { removed: 2 } }, { stats: { removed: 9 } })
      expect(await items.updateMany({}, { $set: { status: 'x' } })).toBe(4)
      expect(await items.deleteMany({ status: 'x' })).toBe(2)
      expect(await items.deleteMany({})).toBe(9)
      expect(db.requests.map((r) => [r.op, r.chain])).toEqual([
        ['update', [['where', { _id: cmd('exists', true) }]]],
        ['remove', [['where', { status: cmd('eq', 'x') }]]],
        ['remove', [['where', { _id: cmd('exists', true) }]]],
      ])
    })

    it('deleteOne removes by id and condition and reads stats.removed', async () => {
      db.respond('remove', { stats: { removed: 1 } }, { stats: { removed: 0 } })
      expect(await items.deleteOne('a', { status: 'done' })).toBe(true)
      expect(await items.deleteOne('a')).toBe(false)
      expect(db.requests.map((r) => r.chain)).toEqual([[['where', { _id: cmd('eq', 'a'), status: cmd('eq', 'done') }]], [['where', { _id: cmd('eq', 'a') }]]])
    })

    it('replaceOne sets every new field and removes the old ones, keeping system fields', async () => {
      db.respond('get', { data: [{ _id: 'a', _openid: 'o', status: 'old', n: 1, gone: true }] })
      db.respond('update', { stats: { updated: 1 } })
      expect(await items.replaceOne({ _id: 'a', status: 'new', tags: ['t'] }, { status: 'old' })).toBe(true)
      expect(db.requests[1]).toMatchObject({
        op: 'update',
        chain: [['where', { _id: cmd('eq', 'a'), status: cmd('eq', 'old') }]],
        args: [{ data: { status: cmd('set', 'new'), tags: cmd('set', ['t']), n: cmd('remove'), gone: cmd('remove') } }],
      })
    })

    it('replaceOne of a missing document sends no update', async () => {
      expect(await items.replaceOne({ _id: 'ghost', status: 'x' })).toBe(false)
      expect(db.requests.map((r) => r.op)).toEqual(['get'])
    })
  })

  describe('runTransaction', () => {
    it('maps the scope onto the transaction, with prefixes, and returns the result', async () => {
      db.respond('doc.get', { data: { _id: 'a', n: 1 } }, notFound('zz'))
      const result = await store.runTransaction(async (tx) => {
        const a = await tx.get<Item>('items', 'a')
        const missing = await tx.get('items', 'zz')
        await tx.set<Item>('other', { _id: 'o', n: 2 })
        await tx.update('items', 'a', { $inc: { n: 1 } })
        await tx.delete('items', 'b')
        return { a, missing }
      })
      expect(result).toEqual({ a: { _id: 'a', n: 1 }, missing: null })
      expect(db.transactions).toEqual(['committed'])
      expect(db.requests.map((r) => [r.collection, r.op, r.chain[0][1], r.args])).toEqual([
        ['test_items', 'doc.get', 'a', []],
        ['test_items', 'doc.get', 'zz', []],
        ['test_other', 'doc.set', 'o', [{ data: { n: 2 } }]],
        ['test_items', 'doc.update', 'a', [{ data: { n: cmd('inc', 1) } }]],
        ['test_items', 'doc.remove', 'b', []],
      ])
    })

    it('propagates failures other than "not found" and rolls back', async () => {
      const boom = sdkError('document.get:fail -501001 resource system error')
      db.respond('doc.get', boom)
      await expect(store.runTransaction(async (tx) => tx.get('items', 'a'))).rejects.toBe(boom)
      expect(db.transactions).toEqual(['rolled back'])
    })
  })
})

describe('CloudBase error recognition', () => {
  it.each([
    [duplicate(), true],
    [sdkError('E11000 duplicate key error collection: x index: _id_ dup key'), true],
    [Object.assign(new Error('write failed'), { code: 'DATABASE_DUPLICATE_WRITE' }), true],
    [sdkError('collection.add:fail -502005 database collection not exists'), false],
    [new Error('getaddrinfo ENOTFOUND'), false],
    [undefined, false],
  ])('isDuplicateKeyError(%p) = %p', (error, expected) => {
    expect(isDuplicateKeyError(error)).toBe(expected)
  })

  it('recognises only a missing document as not found', () => {
    expect(isDocumentNotFoundError(notFound('a'))).toBe(true)
    expect(isDocumentNotFoundError('document with _id a does not exist')).toBe(true)
    expect(isDocumentNotFoundError(sdkError('collection.get:fail collection does not exist'))).toBe(false)
  })
})
