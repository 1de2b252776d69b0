import { createSqliteDocumentStore, type SqliteDocumentStore } from '../adapters/sqlite/sqlite-document-store'
import { enforceDeclaredCollections, undeclaredTouches, UndeclaredCollectionError, watchCollections } from './declared-collections'

const fn = { name: 'reports', collections: [{ name: 'reports' }, { name: 'notification_outbox' }] }

let inner: SqliteDocumentStore
beforeEach(() => {
  inner = createSqliteDocumentStore({ file: ':memory:', collections: [] })
})
afterEach(() => inner.close())

describe('watchCollections', () => {
  it('reports every collection named through the store and inside transactions, and passes calls through', async () => {
    const seen: string[] = []
    const store = watchCollections(inner, (c) => seen.push(c))
    await store.collection('reports').insert({ _id: 'r1' })
    await store.runTransaction(async (tx) => {
      await tx.get('reports', 'r1')
      await tx.set('notification_outbox', { _id: 'n1' })
      await tx.update('users', 'u1', { $set: { a: 1 } })
      await tx.delete('experts', 'e1')
    })
    expect(seen).toEqual(['reports', 'reports', 'notification_outbox', 'users', 'experts'])
    expect(await inner.collection('notification_outbox').getById('n1')).toEqual({ _id: 'n1' })
  })
})

describe('enforceDeclaredCollections', () => {
  it('lets declared collections through', async () => {
    const store = enforceDeclaredCollections(inner, fn, 'submitReport')
    await store.collection('reports').insert({ _id: 'r1' })
    await store.runTransaction((tx) => tx.set('notification_outbox', { _id: 'n1' }))
    expect(await inner.collection('reports').count({})).toBe(1)
  })

  it('refuses an undeclared collection before any request, naming the action and the collection', async () => {
    const store = enforceDeclaredCollections(inner, fn, 'submitReport')
    expect(() => store.collection('agencies')).toThrow(UndeclaredCollectionError)
    expect(() => store.collection('agencies')).toThrow('reports.submitReport touched collection "agencies", which reports does not declare')
    await expect(store.runTransaction((tx) => tx.set('agencies', { _id: 'a1' }))).rejects.toThrow('reports.submitReport touched collection "agencies"')
    expect(await inner.collection('agencies').count({})).toBe(0)
  })
})

describe('undeclaredTouches', () => {
  it('lists each undeclared collection per action, sorted, and nothing when all are declared', () => {
    const touched = new Map([
      ['reports.submitReport', new Set(['reports', 'agencies'])],
      ['reports.getReport', new Set(['reports', 'experts'])],
    ])
    expect(undeclaredTouches([fn], touched)).toEqual([
      'reports.getReport touched collection "experts", which reports does not declare in its collections',
      'reports.submitReport touched collection "agencies", which reports does not declare in its collections',
    ])
    expect(undeclaredTouches([fn], new Map([['reports.getReport', new Set(['reports'])]]))).toEqual([])
  })
})
