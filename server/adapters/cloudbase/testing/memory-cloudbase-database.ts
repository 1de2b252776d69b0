import { MAX_FIND_LIMIT, MAX_TRANSACTION_OPERATIONS } from '../../../ports/store-limits'
import type {
  CloudBaseAggregate,
  CloudBaseCollectionRef,
  CloudBaseCommand,
  CloudBaseDatabase,
  CloudBaseDocumentRef,
  CloudBaseQuery,
  CloudBaseTransaction,
} from '../cloudbase-database'
import { compareValues, deepEqual, evaluateCondition, getPath, isCommand, type Cmd, type Doc } from './memory-cloudbase-matching'
import { applyUpdate } from './memory-cloudbase-update'
import { COMMAND_NODES } from '../fake-cloudbase-database'

/**
 * A working in-memory stand-in for CloudBase's database, for running the DocumentStore contract
 * over the CloudBase adapter without an environment. It follows the server where the adapter
 * depends on it: MongoDB matching (an array field equals any element, null matches missing),
 * BSON type order for sorting, `stats.updated` counting modified documents, duplicate-key and
 * "document does not exist" errors in the SDK's words — and its limits: a `get()` answers at most
 * `serverPage` rows (100 by default, the smallest page the server is known to use) whatever limit
 * was asked, an aggregate without a limit stage answers 20 rows, and a transaction refuses the
 * operation past MAX_TRANSACTION_OPERATIONS.
 */
export class MemoryCloudBaseDatabase implements CloudBaseDatabase {
  private collections = new Map<string, Map<string, Doc>>()
  /** Every `get()` (query, not by id): its collection and how many rows it answered. */
  readonly pages: Array<{ collection: string; asked: number; answered: number }> = []
  readonly transactionSizes: number[] = []

  constructor(private readonly serverPage = 100) {}

  readonly command: CloudBaseCommand = COMMAND_NODES

  RegExp(options: { regexp: string; options: string }): object {
    return cmd('regexp', new RegExp(options.regexp, options.options))
  }

  collection(name: string): CloudBaseCollectionRef {
    return Object.assign(this.query(name, { condition: null, orderBy: [], skip: 0, limit: null }), {
      doc: (id: string) => this.doc(name, id, null),
      add: async ({ data }: { data: object }) => {
        const doc = clone(data) as Doc
        const id = typeof doc._id === 'string' ? doc._id : `auto-${this.table(name).size + 1}`
        if (this.table(name).has(id)) throw new Error(`E11000 duplicate key error collection: ${name} index: _id_ dup key`)
        this.table(name).set(id, { ...doc, _id: id })
        return { _id: id }
      },
      aggregate: () => this.pipeline(name, []),
    })
  }

  async runTransaction<R>(work: (transaction: CloudBaseTransaction) => Promise<R>): Promise<R> {
    const snapshot = new Map([...this.collections].map(([name, docs]) => [name, new Map([...docs].map(([id, d]) => [id, clone(d)]))]))
    const budget = { used: 0 }
    const transaction: CloudBaseTransaction = { collection: (name) => ({ doc: (id) => this.doc(name, id, budget) }) }
    try {
      const result = await work(transaction)
      this.transactionSizes.push(budget.used)
      return result
    } catch (error) {
      this.collections = snapshot
      throw error
    }
  }

  private table(name: string): Map<string, Doc> {
    let docs = this.collections.get(name)
    if (!docs) {
      docs = new Map()
      this.collections.set(name, docs)
    }
    return docs
  }

  private matching(name: string, condition: object | null): Doc[] {
    return [...this.table(name).values()].filter((doc) => condition === null || evaluateCondition(doc, condition))
  }

  private query(name: string, state: QueryState): CloudBaseQuery {
    const next = (change: Partial<QueryState>) => this.query(name, { ...state, ...change })
    return {
      where: (condition) => next({ condition }),
      orderBy: (field, direction) => next({ orderBy: [...state.orderBy, [field, direction]] }),
      skip: (offset) => next({ skip: offset }),
      limit: (max) => next({ limit: max }),
      get: async () => {
        if (state.limit !== null && state.limit > MAX_FIND_LIMIT) throw new Error(`limit must not exceed ${MAX_FIND_LIMIT}`)
        const asked = state.limit ?? this.serverPage
        const sorted = this.matching(name, state.condition).sort((a, b) => compareBy(a, b, state.orderBy))
        const data = sorted.slice(state.skip, state.skip + Math.min(asked, this.serverPage)).map(clone)
        this.pages.push({ collection: name, asked, answered: data.length })
        return { data }
      },
      count: async () => ({ total: this.matching(name, state.condition).length }),
      update: async ({ data }) => {
        let updated = 0
        for (const doc of this.matching(name, state.condition)) if (this.modify(name, doc, data)) updated += 1
        return { stats: { updated } }
      },
      remove: async () => {
        const victims = this.matching(name, state.condition)
        for (const doc of victims) this.table(name).delete(doc._id as string)
        return { stats: { removed: victims.length } }
      },
    }
  }

  /** Applies update data to a stored document; true when it changed. */
  private modify(name: string, doc: Doc, data: object): boolean {
    const updated = applyUpdate(doc, data as Record<string, unknown>)
    if (deepEqual(updated, doc)) return false
    this.table(name).set(doc._id as string, updated)
    return true
  }

  private doc(name: string, id: string, budget: { used: number } | null): CloudBaseDocumentRef {
    const spend = () => {
      if (!budget) return
      budget.used += 1
      if (budget.used > MAX_TRANSACTION_OPERATIONS) throw new Error(`transaction exceeds ${MAX_TRANSACTION_OPERATIONS} operations`)
    }
    const notFound = () => new Error(`document.get:fail document with _id ${id} does not exist`)
    return {
      get: async () => {
        spend()
        const doc = this.table(name).get(id)
        if (!doc) throw notFound()
        return { data: clone(doc) }
      },
      set: async ({ data }) => {
        spend()
        this.table(name).set(id, { ...(clone(data) as Doc), _id: id })
        return {}
      },
      update: async ({ data }) => {
        spend()
        const doc = this.table(name).get(id)
        if (!doc) throw notFound()
        return { stats: { updated: this.modify(name, doc, data) ? 1 : 0 } }
      },
      remove: async () => {
        spend()
        if (!this.table(name).delete(id)) throw notFound()
        return {}
      },
    }
  }

  private pipeline(name: string, stages: Array<[string, unknown]>): CloudBaseAggregate {
    const next = (stage: string) => (arg: unknown) => this.pipeline(name, [...stages, [stage, arg]])
    return {
      match: next('match'),
      unwind: next('unwind'),
      group: next('group'),
      sort: next('sort'),
      limit: next('limit'),
      end: async () => {
        let rows: Doc[] = [...this.table(name).values()].map(clone)
        let limited = false
        for (const [stage, arg] of stages) {
          if (stage === 'match') rows = rows.filter((doc) => evaluateCondition(doc, arg as object))
          if (stage === 'unwind') rows = unwind(rows, (arg as string).slice(1))
          if (stage === 'group') rows = group(rows, arg as Record<string, unknown>)
          if (stage === 'sort') rows.sort((a, b) => compareBy(a, b, Object.entries(arg as Record<string, 1 | -1>).map(([f, d]) => [f, d === 1 ? 'asc' : 'desc'])))
          if (stage === 'limit') {
            rows = rows.slice(0, arg as number)
            limited = true
          }
        }
        // The server's default for a pipeline without a limit stage (store-limits.ts).
        return { list: limited ? rows : rows.slice(0, 20) }
      },
    }
  }
}

interface QueryState {
  condition: object | null
  orderBy: Array<[string, 'asc' | 'desc']>
  skip: number
  limit: number | null
}

function cmd(name: string, ...args: unknown[]): Cmd {
  return { $cmd: name, args }
}

function clone<T>(value: T): T {
  return structuredClone(value)
}

function compareBy(a: Doc, b: Doc, orderBy: ReadonlyArray<readonly [string, 'asc' | 'desc']>): number {
  for (const [field, direction] of orderBy) {
    const order = compareValues(getPath(a, field), getPath(b, field))
    if (order !== 0) return direction === 'asc' ? order : -order
  }
  return 0
}

function unwind(rows: Doc[], path: string): Doc[] {
  return rows.flatMap((row) => {
    const value = getPath(row, path)
    if (!Array.isArray(value)) return value === undefined || value === null ? [] : [row]
    return value.map((element) => ({ ...row, [path]: element }))
  })
}

function group(rows: Doc[], spec: Record<string, unknown>): Doc[] {
  const groups = new Map<string, Doc>()
  for (const row of rows) {
    const key = typeof spec._id === 'string' ? (getPath(row, spec._id.slice(1)) ?? null) : null
    const id = JSON.stringify(key)
    const out = groups.get(id) ?? { _id: key }
    for (const [field, accumulator] of Object.entries(spec)) {
      if (field === '_id' || !isCommand(accumulator) || accumulator.$cmd !== '$sum') continue
      const [what] = accumulator.args
      const add = typeof what === 'number' ? what : getPath(row, String(what).slice(1))
      out[field] = ((out[field] as number | undefined) ?? 0) + (typeof add === 'number' ? add : 0)
    }
    groups.set(id, out)
  }
  return [...groups.values()]
}
