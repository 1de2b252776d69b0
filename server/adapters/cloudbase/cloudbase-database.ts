import type { Scalar } from '../../ports/document-store'

/**
 * The slice of wx-server-sdk's database API (`cloud.database()`) this adapter uses, written as a
 * structural interface so that nothing here imports wx-server-sdk: it cannot even be loaded
 * safely off-cloud (every call fails and leaves an unhandled rejection that kills Node 20).
 *
 * Values built by `command.*` and `RegExp` are opaque SDK objects; the adapter only passes them
 * back to `where` / `update`, so they are typed as `object`.
 */
export interface CloudBaseCommand {
  eq(value: Scalar): object
  neq(value: Scalar): object
  gt(value: number | string): object
  gte(value: number | string): object
  lt(value: number | string): object
  lte(value: number | string): object
  in(values: Scalar[]): object
  nin(values: Scalar[]): object
  exists(value: boolean): object
  and(...conditions: object[]): object
  or(...conditions: object[]): object
  /** Replaces the field's value wholesale (a plain object in `update` data would be merged). */
  set(value: unknown): object
  remove(): object
  inc(by: number): object
  /** With an array argument: append all of its elements. */
  push(values: unknown[]): object
  addToSet(values: { $each: Scalar[] }): object
  pull(condition: object): object
  /** Aggregation operators (`db.command.aggregate`, conventionally `$`). */
  readonly aggregate: CloudBaseAggregateOperators
}

export interface CloudBaseAggregateOperators {
  /** `$sum(1)` counts; `$sum('$field')` totals numbers and ignores anything else. */
  sum(expression: number | string): object
}

/** A pipeline under construction (`collection.aggregate()`); `end()` runs it. */
export interface CloudBaseAggregate {
  match(condition: object): CloudBaseAggregate
  unwind(path: string): CloudBaseAggregate
  group(spec: object): CloudBaseAggregate
  sort(spec: Record<string, 1 | -1>): CloudBaseAggregate
  limit(max: number): CloudBaseAggregate
  /** wx-server-sdk answers `{ list }`; @cloudbase/node-sdk answers `{ data }`. */
  end(): Promise<{ list?: unknown[]; data?: unknown[] }>
}

export interface CloudBaseQuery {
  where(condition: object): CloudBaseQuery
  orderBy(field: string, direction: 'asc' | 'desc'): CloudBaseQuery
  skip(offset: number): CloudBaseQuery
  limit(max: number): CloudBaseQuery
  get(): Promise<{ data: unknown[] }>
  count(): Promise<{ total: number }>
  /** Updates every match; `stats.updated` counts the documents actually modified. */
  update(options: { data: object }): Promise<{ stats: { updated: number } }>
  remove(): Promise<{ stats: { removed: number } }>
}

export interface CloudBaseDocumentRef {
  /** Rejects with "document with _id … does not exist" for a missing document (SDK default). */
  get(): Promise<{ data: unknown }>
  /** Creates or overwrites (an upsert). */
  set(options: { data: object }): Promise<unknown>
  update(options: { data: object }): Promise<{ stats: { updated: number } }>
  remove(): Promise<unknown>
}

export interface CloudBaseCollectionRef extends CloudBaseQuery {
  doc(id: string): CloudBaseDocumentRef
  aggregate(): CloudBaseAggregate
  /** Inserts; rejects when `data._id` already exists (see cloudbase-errors.ts). */
  add(options: { data: object }): Promise<unknown>
}

export interface CloudBaseTransaction {
  collection(name: string): { doc(id: string): CloudBaseDocumentRef }
}

export interface CloudBaseDatabase {
  readonly command: CloudBaseCommand
  RegExp(options: { regexp: string; options: string }): object
  collection(name: string): CloudBaseCollectionRef
  /**
   * Runs `work` in a server-side transaction: commits when it resolves, rolls back and rethrows
   * when it throws, and re-runs it (3 times by default) on a write conflict.
   */
  runTransaction<R>(work: (transaction: CloudBaseTransaction) => Promise<R>): Promise<R>
}
