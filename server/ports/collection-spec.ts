import type { SortDirection } from './document-store'

/**
 * A collection and the indexes its queries need. The SQLite adapter creates them on start;
 * for CloudBase the same list is printed by `npm run db:indexes` to be created in the console.
 */
export interface IndexSpec {
  fields: ReadonlyArray<readonly [field: string, direction: SortDirection]>
  unique?: boolean
  /**
   * Further fields the index carries (not part of its key), so counts, groups and orderings over
   * the key's range are answered from the index without opening the documents — what a dashboard
   * over a year of reports needs. The SQLite adapter stores them in the index; CloudBase has no
   * such index option and plans its own aggregations, so `db:indexes` prints only the key.
   * Not allowed on unique indexes (the extra columns would widen what must be unique).
   */
  covers?: readonly string[]
}

export interface CollectionSpec {
  name: string
  indexes: IndexSpec[]
}
