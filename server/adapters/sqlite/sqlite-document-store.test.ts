import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { describeDocumentStoreContract } from '../../ports/document-store.contract'
import { describeDocumentStoreLimitsContract } from '../../ports/document-store-limits.contract'
import type { DocumentStore, StoredDocument, TransactionScope } from '../../ports/document-store'
import { normalizeFilter } from '../shared/normalize-filter'
import { UniqueConstraintError } from '../shared/unique-constraint-error'
import { filterToSql } from './filter-to-sql'
import { createSqliteDocumentStore } from './sqlite-document-store'
import type { SqliteDocumentStore } from './sqlite-document-store'

const tempDirs: string[] = []

function tempDbFile(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'docstore-'))
  tempDirs.push(dir)
  return path.join(dir, 'test.db')
}

afterAll(() => {
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true })
})

describeDocumentStoreContract(
  'SQLite (file)',
  async () => createSqliteDocumentStore({ file: tempDbFile(), collections: [] }),
  async (store) => (store as SqliteDocumentStore).close(),
)

// Again with covering indexes over every field the contract reads: queries answered from an index
// alone (see schema.ts, group-sql.ts) must give exactly the same results as those reading documents.
const CONTRACT_COVERED = ['name', 'age', 'active', 'tags', 'profile.city', 'profile.zip', 'nickname', 'score']
describeDocumentStoreContract(
  'SQLite (file, covering indexes)',
  async () =>
    createSqliteDocumentStore({
      file: tempDbFile(),
      collections: [
        {
          name: 'contract_items',
          indexes: [
            { fields: [['age', 'asc']], covers: CONTRACT_COVERED },
            { fields: [['active', 'asc'], ['name', 'desc']], covers: CONTRACT_COVERED },
          ],
        },
        { name: 'contract_other', indexes: [{ fields: [['text', 'asc']], covers: ['_id'] }] },
      ],
    }),
  async (store) => (store as SqliteDocumentStore).close(),
)

describeDocumentStoreLimitsContract(
  'SQLite (file)',
  async () => createSqliteDocumentStore({ file: tempDbFile(), collections: [] }),
  async (store) => (store as SqliteDocumentStore).close(),
)

interface Item extends StoredDocument {
  status?: string
  email?: string
  n?: number
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve = (): void => undefined
  const promise = new Promise<void>((r) => {
    resolve = r
  })
  return { promise, resolve }
}

describe('SQLite adapter specifics', () => {
  let file: string
  let store: SqliteDocumentStore

  beforeEach(() => {
    file = tempDbFile()
    store = createSqliteDocumentStore({
      file,
      collections: [
        { name: 'items', indexes: [{ fields: [['status', 'asc'], ['n', 'desc']] }] },
        { name: 'users', indexes: [{ fields: [['email', 'asc']], unique: true }] },
      ],
    })
  })

  afterEach(() => store.close())

  it('uses WAL mode and persists across connections', async () => {
    await store.collection<Item>('items').insert({ _id: 'a', status: 'open' })
    const raw = new Database(file, { readonly: true })
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(raw.prepare('SELECT doc FROM items WHERE id = ?').get('a')).toEqual({ doc: '{"_id":"a","status":"open"}' })
    raw.close()
    const second = createSqliteDocumentStore({ file, collections: [] })
    try {
      expect(await second.collection<Item>('items').getById('a')).toEqual({ _id: 'a', status: 'open' })
    } finally {
      second.close()
    }
  })

  it('creates the expression indexes from the specs, and filters on those fields use them', async () => {
    const raw = new Database(file, { readonly: true })
    const indexes = raw.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'items'`).all()
    expect(indexes).toContainEqual({ name: 'ix_items__status__n_desc' })
    const where = filterToSql(normalizeFilter({ status: 'open', n: { $gt: 3 } }))
    const plan = raw.prepare(`EXPLAIN QUERY PLAN SELECT doc FROM items WHERE ${where.sql}`).all(...where.params) as Array<{ detail: string }>
    raw.close()
    expect(plan.map((p) => p.detail).join('\n')).toMatch(/USING INDEX ix_items__status__n_desc/)
  })

  it('drops the indexes a declared collection no longer declares, and leaves other indexes alone', async () => {
    await store.collection<Item>('items').insert({ _id: 'a', status: 'open', n: 1 })
    const raw = new Database(file)
    raw.exec(`CREATE INDEX own_items_n ON items (json_extract(doc, '$.n'))`)
    raw.close()
    store.close()
    store = createSqliteDocumentStore({
      file,
      collections: [{ name: 'items', indexes: [{ fields: [['status', 'asc']], covers: ['n'] }] }],
    })
    const reopened = new Database(file, { readonly: true })
    const names = (table: string) =>
      (reopened.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ? ORDER BY name`).all(table) as Array<{ name: string }>).map((row) => row.name)
    expect(names('items')).toEqual(['ix_items__status__with__n', 'own_items_n', 'sqlite_autoindex_items_1'])
    // 'users' has no spec in this store: its unique index stays.
    expect(names('users')).toContain('ux_users__email')
    reopened.close()
    expect(await store.collection<Item>('items').find({ status: 'open' })).toEqual([{ _id: 'a', status: 'open', n: 1 }])
  })

  it('enforces unique indexes from the specs with UniqueConstraintError (DuplicateIdError is for _id)', async () => {
    const users = store.collection<Item>('users')
    await users.insert({ _id: 'u1', email: 'a@example.com' })
    await users.insert({ _id: 'u3', email: 'c@example.com' })
    const failure = await users.insert({ _id: 'u2', email: 'a@example.com' }).catch((e: unknown) => e)
    expect(failure).toBeInstanceOf(UniqueConstraintError)
    expect(failure).toMatchObject({ collection: 'users', message: expect.stringMatching(/UNIQUE constraint failed/) })
    await expect(users.insertUnlessExists({ _id: 'u2', email: 'a@example.com' })).rejects.toBeInstanceOf(UniqueConstraintError)
    await expect(users.updateOne('u3', { $set: { email: 'a@example.com' } })).rejects.toBeInstanceOf(UniqueConstraintError)
    await expect(users.updateOne('u1', { $set: { email: 'b@example.com' } })).resolves.toBe(true)
    await expect(users.insert({ _id: 'u2', email: 'a@example.com' })).resolves.toBeUndefined()
  })

  it('never lets a raw better-sqlite3 error escape (its class may come from another jest realm)', async () => {
    const users = store.collection<Item>('users')
    await users.insert({ _id: 'u1', email: 'a@example.com' })
    await expect(
      store.runTransaction(async (tx) => {
        await tx.set('users', { _id: 'u2', email: 'a@example.com' })
      }),
    ).rejects.toBeInstanceOf(UniqueConstraintError)
    store.close()
    const closed = await store.collection('users').count({}).catch((e: unknown) => e)
    expect(closed).toBeInstanceOf(Error)
    store = createSqliteDocumentStore({ file, collections: [] })
  })

  it('creates unknown collections on first use', async () => {
    const fresh = store.collection<Item>('made_up_later')
    expect(await fresh.count({})).toBe(0)
    await fresh.insert({ _id: 'x' })
    expect(await fresh.getById('x')).toEqual({ _id: 'x' })
  })

  it('rejects collection names that are not identifiers', () => {
    expect(() => store.collection('items; DROP TABLE items')).toThrow(/invalid collection name/)
    expect(() => store.collection('sqlite_master')).toThrow(/invalid collection name/)
  })

  it('keeps other operations out of a running transaction until it ends', async () => {
    const items = store.collection<Item>('items')
    await items.insert({ _id: 'a', n: 1 })
    const gate = deferred()
    const events: string[] = []
    const tx = store.runTransaction(async (scope) => {
      await scope.update('items', 'a', { $set: { n: 2 } })
      await gate.promise
      events.push('tx work done')
      throw new Error('abort')
    })
    // Issued while the transaction is open: must neither see its write nor be rolled back with it.
    const write = items.insert({ _id: 'b', n: 10 }).then(() => events.push('insert done'))
    const read = items.getById('a').then((doc) => {
      events.push('read done')
      return doc
    })
    await new Promise((r) => setTimeout(r, 20))
    expect(events).toEqual([])
    gate.resolve()
    await expect(tx).rejects.toThrow('abort')
    await write
    expect(await read).toEqual({ _id: 'a', n: 1 })
    expect(events).toEqual(['tx work done', 'insert done', 'read done'])
    expect(await items.getById('b')).toEqual({ _id: 'b', n: 10 })
  })

  it('rejects store calls made from inside the transaction work instead of deadlocking', async () => {
    const items = store.collection<Item>('items')
    await items.insert({ _id: 'a', n: 1 })
    await expect(
      store.runTransaction(async (scope) => {
        await scope.update('items', 'a', { $set: { n: 5 } })
        await items.updateOne('a', { $set: { n: 6 } })
      }),
    ).rejects.toThrow(/use the TransactionScope/)
    await expect(store.runTransaction(async () => store.runTransaction(async () => 1))).rejects.toThrow(/TransactionScope/)
    expect(await items.getById('a')).toEqual({ _id: 'a', n: 1 })
  })

  it('a TransactionScope cannot be used after its transaction ended', async () => {
    let leaked: TransactionScope | undefined
    await store.runTransaction(async (scope) => {
      leaked = scope
    })
    await expect(leaked?.set('items', { _id: 'late' })).rejects.toThrow(/already finished/)
    expect(await store.collection('items').getById('late')).toBeNull()
  })

  it('a collection created inside a rolled-back transaction is usable afterwards', async () => {
    await expect(
      store.runTransaction(async (scope) => {
        await scope.set('born_in_tx', { _id: 'x' })
        throw new Error('no')
      }),
    ).rejects.toThrow('no')
    const born = store.collection('born_in_tx')
    expect(await born.getById('x')).toBeNull()
    await born.insert({ _id: 'y' })
    expect(await born.count({})).toBe(1)
  })

  it('runs independent transactions one after another, each seeing the previous commit', async () => {
    const items = store.collection<Item>('items')
    await items.insert({ _id: 'c', n: 0 })
    const bump = (s: DocumentStore): Promise<void> =>
      s.runTransaction(async (scope) => {
        const doc = await scope.get<Item>('items', 'c')
        await new Promise((r) => setTimeout(r, 1))
        await scope.set<Item>('items', { _id: 'c', n: (doc?.n ?? 0) + 1 })
      })
    await Promise.all(Array.from({ length: 20 }, () => bump(store)))
    expect((await items.getById('c'))?.n).toBe(20)
  })
})
