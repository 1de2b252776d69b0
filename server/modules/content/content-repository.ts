import type { DocumentStore, Filter, FindOptions } from '../../ports/document-store'
import { CONTENT, type ContentRecord } from './records'

export function contentRepository(store: DocumentStore) {
  const content = store.collection<ContentRecord>(CONTENT)
  return {
    get: (id: string) => content.getById(id),
    find: (filter: Filter, options: FindOptions) => content.find(filter, options),
    count: (filter: Filter) => content.count(filter),
  }
}
