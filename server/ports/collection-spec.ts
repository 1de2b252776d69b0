import type { SortDirection } from './document-store'

/**
 * A collection and the indexes its queries need. The SQLite adapter creates them on start;
 * for CloudBase the same list is printed by `npm run db:indexes` to be created in the console.
 */
export interface IndexSpec {
  fields: ReadonlyArray<readonly [field: string, direction: SortDirection]>
  unique?: boolean
}

export interface CollectionSpec {
  name: string
  indexes: IndexSpec[]
}
