import type { DocumentStore, Filter, FindOptions } from '../../ports/document-store'
import { EXPERTS, type ExpertRecord } from './records'

export function expertRepository(store: DocumentStore) {
  const experts = store.collection<ExpertRecord>(EXPERTS)
  return {
    get: (id: string) => experts.getById(id),
    find: (filter: Filter, options: FindOptions) => experts.find(filter, options),
    count: (filter: Filter) => experts.count(filter),
    findByUser: (userId: string) => experts.findOne({ userId }),
  }
}
