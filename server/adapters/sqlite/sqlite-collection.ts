import type { Collection, Filter, FindOptions, GroupRow, GroupSpec, StoredDocument, Update } from '../../ports/document-store'
import { normalizeUpdate } from '../shared/normalize-update'
import { assertCollectionName } from './schema'
import { fromSqliteError } from './sqlite-errors'
import type { SqliteEngine } from './sqlite-engine'

/** Runs a synchronous engine call in the store's turn (see createSqliteDocumentStore). */
export type Exclusive = <R>(operation: () => R) => Promise<R>

/** The port's Collection over the engine; every call is validated and executed inside its turn. */
export class SqliteCollection<T extends StoredDocument> implements Collection<T> {
  constructor(
    readonly name: string,
    private readonly engine: SqliteEngine,
    private readonly exclusive: Exclusive,
  ) {
    assertCollectionName(name)
  }

  getById(id: string): Promise<T | null> {
    return this.run(() => this.engine.getById<T>(this.name, id))
  }

  getByIds(ids: readonly string[]): Promise<T[]> {
    return this.run(() => this.engine.getByIds<T>(this.name, ids))
  }

  insert(doc: T): Promise<void> {
    return this.run(() => this.engine.insert(this.name, doc))
  }

  insertUnlessExists(doc: T): Promise<boolean> {
    return this.run(() => this.engine.insertIfAbsent(this.name, doc))
  }

  insertMany(docs: readonly T[]): Promise<void> {
    return this.run(() => this.engine.insertMany(this.name, docs))
  }

  find(filter: Filter, options?: FindOptions): Promise<T[]> {
    return this.run(() => this.engine.find<T>(this.name, filter, options))
  }

  async findOne(filter: Filter, options?: Omit<FindOptions, 'limit'>): Promise<T | null> {
    const [first] = await this.run(() => this.engine.find<T>(this.name, filter, { ...options, limit: 1 }))
    return first ?? null
  }

  count(filter: Filter): Promise<number> {
    return this.run(() => this.engine.count(this.name, filter))
  }

  group(filter: Filter, spec: GroupSpec): Promise<GroupRow[]> {
    return this.run(() => this.engine.group(this.name, filter, spec))
  }

  updateOne(id: string, update: Update, condition?: Filter): Promise<boolean> {
    return this.run(() => this.engine.updateOne(this.name, id, normalizeUpdate(update), condition))
  }

  updateMany(filter: Filter, update: Update): Promise<number> {
    return this.run(() => this.engine.updateMany(this.name, filter, normalizeUpdate(update)))
  }

  replaceOne(doc: T, condition?: Filter): Promise<boolean> {
    return this.run(() => this.engine.replaceOne(this.name, doc, condition))
  }

  deleteOne(id: string, condition?: Filter): Promise<boolean> {
    return this.run(() => this.engine.deleteOne(this.name, id, condition))
  }

  deleteMany(filter: Filter): Promise<number> {
    return this.run(() => this.engine.deleteMany(this.name, filter))
  }

  private run<R>(operation: () => R): Promise<R> {
    return this.exclusive(() => {
      try {
        return operation()
      } catch (error) {
        throw fromSqliteError(error, this.name)
      }
    })
  }
}
