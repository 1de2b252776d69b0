/**
 * Worker-thread entry for concurrency.test.ts, bundled with esbuild at test time so that each
 * worker runs the real adapter (and adjustCounter) on its own connection to the shared file.
 * Protocol: post 'ready', block until the start flag is set (so all workers begin together),
 * run the job, post the result.
 */
import { parentPort, workerData } from 'node:worker_threads'
import type { StoredDocument } from '../../ports/document-store'
import { adjustCounter } from '../../core/bounded-counter'
import { createSqliteDocumentStore } from './sqlite-document-store'

export type WorkerJob =
  | { kind: 'decrement'; times: number }
  | { kind: 'insertUnlessExists'; ids: string[] }
  | { kind: 'transactionalIncrement'; times: number }

export interface WorkerInput {
  file: string
  worker: number
  job: WorkerJob
  startFlag: SharedArrayBuffer
}

export type WorkerResult = { applied: number } | { inserted: string[] } | { done: number }

interface Counter extends StoredDocument {
  units: number
}

async function run(input: WorkerInput): Promise<WorkerResult> {
  const store = createSqliteDocumentStore({ file: input.file, collections: [], busyTimeoutMs: 30_000 })
  try {
    const counters = store.collection<Counter>('counters')
    const { job } = input
    switch (job.kind) {
      case 'decrement': {
        const results = await Promise.all(
          Array.from({ length: job.times }, () => adjustCounter(counters, 'stock', 'units', -1, { min: 0 })),
        )
        return { applied: results.filter(Boolean).length }
      }
      case 'insertUnlessExists': {
        const claims = store.collection<StoredDocument & { by: number }>('claims')
        const results = await Promise.all(job.ids.map((id) => claims.insertUnlessExists({ _id: id, by: input.worker })))
        return { inserted: job.ids.filter((_, i) => results[i]) }
      }
      case 'transactionalIncrement': {
        // Read-modify-write inside runTransaction: only correct if BEGIN IMMEDIATE serialises
        // transactions across connections.
        for (let i = 0; i < job.times; i++) {
          await store.runTransaction(async (tx) => {
            const doc = await tx.get<Counter>('counters', 'total')
            await tx.set<Counter>('counters', { _id: 'total', units: (doc?.units ?? 0) + 1 })
          })
        }
        return { done: job.times }
      }
    }
  } finally {
    store.close()
  }
}

const input = workerData as WorkerInput
parentPort?.postMessage('ready')
Atomics.wait(new Int32Array(input.startFlag), 0, 0)
// A rejection is left unhandled on purpose: it ends the worker with an 'error' event, which
// fails the test with the original error.
void run(input).then((result) => parentPort?.postMessage(result))
