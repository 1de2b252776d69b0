import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Worker } from 'node:worker_threads'
import { build } from 'esbuild'
import type { StoredDocument } from '../../ports/document-store'
import { adjustCounter } from '../../core/bounded-counter'
import { createSqliteDocumentStore } from './sqlite-document-store'
import type { SqliteDocumentStore } from './sqlite-document-store'
import type { WorkerInput, WorkerJob, WorkerResult } from './concurrency.worker'

interface Counter extends StoredDocument {
  units: number
}

const WORKERS = 4
const ROUNDS = 5
let dir: string
let workerBundle: string

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'docstore-concurrency-'))
  workerBundle = path.join(dir, 'worker.js')
  // Bundle the real adapter into a plain JS worker. better-sqlite3 stays external (native addon)
  // and is required by absolute path because the bundle lives outside the project.
  const betterSqlite = require.resolve('better-sqlite3')
  await build({
    entryPoints: [path.join(__dirname, 'concurrency.worker.ts')],
    outfile: workerBundle,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'silent',
    plugins: [
      {
        name: 'external-better-sqlite3',
        setup(b) {
          b.onResolve({ filter: /^better-sqlite3$/ }, () => ({ path: betterSqlite, external: true }))
        },
      },
    ],
  })
}, 30_000)

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

/** Starts one worker per job on `file`, releases them at the same instant, collects results. */
async function runWorkers(file: string, jobs: WorkerJob[]): Promise<WorkerResult[]> {
  const startFlag = new SharedArrayBuffer(4)
  const workers = jobs.map((job, worker) => new Worker(workerBundle, { workerData: { file, worker, job, startFlag } satisfies WorkerInput }))
  const results = workers.map(
    (w) =>
      new Promise<WorkerResult>((resolve, reject) => {
        w.on('message', (m: WorkerResult | 'ready') => {
          if (m !== 'ready') resolve(m)
        })
        w.on('error', reject)
        w.on('exit', (code) => reject(new Error(`worker exited with ${code} before reporting`)))
      }),
  )
  await Promise.all(workers.map((w) => new Promise<void>((resolve) => w.once('message', () => resolve()))))
  const flag = new Int32Array(startFlag)
  Atomics.store(flag, 0, 1)
  Atomics.notify(flag, 0)
  try {
    return await Promise.all(results)
  } finally {
    await Promise.all(workers.map((w) => w.terminate()))
  }
}

describe('SQLite adapter under concurrency', () => {
  let file: string
  let store: SqliteDocumentStore

  beforeEach(() => {
    file = path.join(fs.mkdtempSync(path.join(dir, 'db-')), 'shared.db')
    store = createSqliteDocumentStore({ file, collections: [] })
  })

  afterEach(() => store.close())

  it('500 concurrent bounded decrements on one store apply exactly 50 times', async () => {
    const counters = store.collection<Counter>('counters')
    await counters.insert({ _id: 'stock', units: 50 })
    const results = await Promise.all(Array.from({ length: 500 }, () => adjustCounter(counters, 'stock', 'units', -1, { min: 0 })))
    expect(results.filter(Boolean)).toHaveLength(50)
    expect(await counters.getById('stock')).toEqual({ _id: 'stock', units: 0 })
  })

  it(`${WORKERS} worker threads × 125 decrements, each on its own connection, apply exactly 50 times`, async () => {
    const counters = store.collection<Counter>('counters')
    // Several rounds: a race between connections is a matter of timing, so one clean round proves
    // little; a non-atomic adapter overshoots in nearly every round.
    for (let round = 0; round < ROUNDS; round++) {
      await store.runTransaction((tx) => tx.set<Counter>('counters', { _id: 'stock', units: 50 }))
      const results = await runWorkers(file, Array.from({ length: WORKERS }, () => ({ kind: 'decrement', times: 125 })))
      const applied = results.map((r) => ('applied' in r ? r.applied : Number.NaN))
      expect({ round, applied: applied.reduce((a, b) => a + b, 0) }).toEqual({ round, applied: 50 })
      expect(await counters.getById('stock')).toEqual({ _id: 'stock', units: 0 })
    }
  }, 60_000)

  it('insertUnlessExists with the same id from many concurrent calls inserts exactly once', async () => {
    const claims = store.collection<StoredDocument & { by: number }>('claims')
    const results = await Promise.all(Array.from({ length: 100 }, (_, by) => claims.insertUnlessExists({ _id: 'only', by })))
    expect(results.filter(Boolean)).toHaveLength(1)
    expect(await claims.getById('only')).toEqual({ _id: 'only', by: results.indexOf(true) })
  })

  it(`insertUnlessExists across ${WORKERS} worker connections inserts each id exactly once`, async () => {
    const ids = Array.from({ length: 50 }, (_, i) => `claim-${i}`)
    const results = await runWorkers(file, Array.from({ length: WORKERS }, () => ({ kind: 'insertUnlessExists', ids })))
    const insertedBy = results.map((r) => ('inserted' in r ? r.inserted : []))
    expect(insertedBy.flat().sort()).toEqual([...ids].sort())
    const claims = store.collection<StoredDocument & { by: number }>('claims')
    const stored = await claims.find({}, { limit: 1000 })
    expect(stored).toHaveLength(50)
    for (const doc of stored) expect(insertedBy[doc.by]).toContain(doc._id)
  }, 60_000)

  it(`runTransaction read-modify-write from ${WORKERS} worker connections loses no update`, async () => {
    const results = await runWorkers(file, Array.from({ length: WORKERS }, () => ({ kind: 'transactionalIncrement', times: 100 })))
    expect(results).toEqual(Array.from({ length: WORKERS }, () => ({ done: 100 })))
    expect(await store.collection<Counter>('counters').getById('total')).toEqual({ _id: 'total', units: WORKERS * 100 })
  }, 60_000)
})
