import { MAX_FIND_LIMIT, type DocumentStore, type Filter, type FindOptions } from '../../ports/document-store'
import { AGENCIES, type AgencyRecord } from './records'

export function agencyRepository(store: DocumentStore) {
  const agencies = store.collection<AgencyRecord>(AGENCIES)
  return {
    get: (id: string) => agencies.getById(id),
    find: (filter: Filter, options: FindOptions) => agencies.find(filter, options),
    count: (filter: Filter) => agencies.count(filter),
    findByName: (name: string) => agencies.findOne({ name }),
    async maxSeq(): Promise<number> {
      const last = await agencies.findOne({}, { orderBy: [['seq', 'desc']] })
      return last?.seq ?? 0
    },
    /** The whole directory in list order, read in pages of the store's maximum. */
    async listAll(): Promise<AgencyRecord[]> {
      const all: AgencyRecord[] = []
      for (;;) {
        const batch = await agencies.find({}, { orderBy: [['seq', 'asc'], ['_id', 'asc']], skip: all.length, limit: MAX_FIND_LIMIT })
        all.push(...batch)
        if (batch.length < MAX_FIND_LIMIT) return all
      }
    },
  }
}
export type AgencyRepository = ReturnType<typeof agencyRepository>
