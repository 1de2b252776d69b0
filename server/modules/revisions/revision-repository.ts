import type { DocumentStore } from '../../ports/document-store'
import { REVISIONS, type RevisionRecord } from './records'

export function revisionRepository(store: DocumentStore) {
  const revisions = store.collection<RevisionRecord>(REVISIONS)
  return {
    async page(entityId: string, page: number, pageSize: number) {
      const [items, total] = await Promise.all([
        revisions.find({ entityId }, { orderBy: [['revision', 'desc']], skip: (page - 1) * pageSize, limit: pageSize }),
        revisions.count({ entityId }),
      ])
      return { items, total }
    },
  }
}
