import type {
  CloudBaseAggregate,
  CloudBaseCollectionRef,
  CloudBaseCommand,
  CloudBaseDatabase,
  CloudBaseDocumentRef,
  CloudBaseQuery,
  CloudBaseTransaction,
} from './cloudbase-database'

/**
 * A recording fake of the structural CloudBase interface, for unit tests (a fake of an external
 * API). Commands become plain `{ $cmd, args }` objects so tests can assert the exact command trees;
 * every terminal call (get/count/update/remove/add, and doc-level get/set/update/remove) is logged
 * with the collection and the chain that led to it, and answered from a per-operation script.
 */
export interface CommandNode {
  $cmd: string
  args: unknown[]
}

export type ChainStep = [method: string, ...args: unknown[]]

export interface RecordedRequest {
  collection: string
  chain: ChainStep[]
  op: 'get' | 'count' | 'update' | 'remove' | 'add' | 'aggregate.end' | 'doc.get' | 'doc.set' | 'doc.update' | 'doc.remove'
  args: unknown[]
  inTransaction: boolean
}

type Op = RecordedRequest['op']

const DEFAULT_RESPONSES: Record<Op, unknown> = {
  get: { data: [] },
  count: { total: 0 },
  update: { stats: { updated: 0 } },
  remove: { stats: { removed: 0 } },
  add: { _id: 'generated' },
  'aggregate.end': { list: [] },
  'doc.get': { data: null },
  'doc.set': {},
  'doc.update': { stats: { updated: 0 } },
  'doc.remove': {},
}

export function cmd(name: string, ...args: unknown[]): CommandNode {
  return { $cmd: name, args }
}

/** db.command as plain `{ $cmd, args }` nodes, for fakes that record or evaluate queries. */
export const COMMAND_NODES: CloudBaseCommand = {
  eq: (v) => cmd('eq', v),
  neq: (v) => cmd('neq', v),
  gt: (v) => cmd('gt', v),
  gte: (v) => cmd('gte', v),
  lt: (v) => cmd('lt', v),
  lte: (v) => cmd('lte', v),
  in: (v) => cmd('in', v),
  nin: (v) => cmd('nin', v),
  exists: (v) => cmd('exists', v),
  and: (...c) => cmd('and', ...c),
  or: (...c) => cmd('or', ...c),
  set: (v) => cmd('set', v),
  remove: () => cmd('remove'),
  inc: (v) => cmd('inc', v),
  push: (v) => cmd('push', v),
  addToSet: (v) => cmd('addToSet', v),
  pull: (v) => cmd('pull', v),
  aggregate: { sum: (v) => cmd('$sum', v) },
}

export class FakeCloudBaseDatabase implements CloudBaseDatabase {
  readonly requests: RecordedRequest[] = []
  readonly transactions: Array<'committed' | 'rolled back'> = []
  private readonly scripts = new Map<Op, Array<unknown>>()

  readonly command: CloudBaseCommand = COMMAND_NODES

  RegExp(options: { regexp: string; options: string }): object {
    return { $regexp: options }
  }

  /** Queues the answer (or, for an Error, the rejection) of the next call of `op`. */
  respond(op: Op, ...answers: unknown[]): this {
    this.scripts.set(op, [...(this.scripts.get(op) ?? []), ...answers])
    return this
  }

  collection(name: string): CloudBaseCollectionRef {
    return Object.assign(this.query(name, [], false), {
      doc: (id: string) => this.doc(name, id, false),
      add: this.terminal(name, [], 'add', false),
      aggregate: () => this.pipeline(name, [['aggregate']]),
    })
  }

  async runTransaction<R>(work: (transaction: CloudBaseTransaction) => Promise<R>): Promise<R> {
    const transaction: CloudBaseTransaction = { collection: (name) => ({ doc: (id) => this.doc(name, id, true) }) }
    try {
      const result = await work(transaction)
      this.transactions.push('committed')
      return result
    } catch (error) {
      this.transactions.push('rolled back')
      throw error
    }
  }

  private query(collection: string, chain: ChainStep[], inTransaction: boolean): CloudBaseQuery {
    const step = (method: string) => (...args: unknown[]) => this.query(collection, [...chain, [method, ...args]], inTransaction)
    return {
      where: step('where'),
      orderBy: step('orderBy'),
      skip: step('skip'),
      limit: step('limit'),
      get: this.terminal(collection, chain, 'get', inTransaction),
      count: this.terminal(collection, chain, 'count', inTransaction),
      update: this.terminal(collection, chain, 'update', inTransaction),
      remove: this.terminal(collection, chain, 'remove', inTransaction),
    } as CloudBaseQuery
  }

  private pipeline(collection: string, chain: ChainStep[]): CloudBaseAggregate {
    const step = (method: string) => (...args: unknown[]) => this.pipeline(collection, [...chain, [method, ...args]])
    return {
      match: step('match'),
      unwind: step('unwind'),
      group: step('group'),
      sort: step('sort'),
      limit: step('limit'),
      end: this.terminal(collection, chain, 'aggregate.end', false),
    } as CloudBaseAggregate
  }

  private doc(collection: string, id: string, inTransaction: boolean): CloudBaseDocumentRef {
    const chain: ChainStep[] = [['doc', id]]
    return {
      get: this.terminal(collection, chain, 'doc.get', inTransaction),
      set: this.terminal(collection, chain, 'doc.set', inTransaction),
      update: this.terminal(collection, chain, 'doc.update', inTransaction),
      remove: this.terminal(collection, chain, 'doc.remove', inTransaction),
    } as CloudBaseDocumentRef
  }

  private terminal(collection: string, chain: ChainStep[], op: Op, inTransaction: boolean) {
    return async (...args: unknown[]): Promise<unknown> => {
      this.requests.push({ collection, chain, op, args, inTransaction })
      const queue = this.scripts.get(op) ?? []
      const answer = queue.length > 0 ? queue.shift() : DEFAULT_RESPONSES[op]
      if (answer instanceof Error) throw answer
      return answer
    }
  }
}
