import type { ApplicationStatus } from '../../../types/users/schemas'
import type { DocumentStore, Filter } from '../../ports/document-store'
import { ENTERPRISE_APPLICATIONS, type EnterpriseApplicationRecord } from './records'

export function applicationRepository(store: DocumentStore) {
  const applications = store.collection<EnterpriseApplicationRecord>(ENTERPRISE_APPLICATIONS)
  return {
    get: (id: string) => applications.getById(id),
    insert: (record: EnterpriseApplicationRecord) => applications.insert(record),
    latestOf: (applicantUserId: string) =>
      applications.findOne({ applicantUserId }, { orderBy: [['submittedAt', 'desc']] }),
    listOf: (applicantUserId: string) =>
      applications.find({ applicantUserId }, { orderBy: [['submittedAt', 'desc']], limit: 50 }),
    async page(status: ApplicationStatus | undefined, page: number, pageSize: number) {
      const filter: Filter = status ? { status } : {}
      const [items, total] = await Promise.all([
        applications.find(filter, {
          orderBy: [['submittedAt', 'desc']],
          skip: (page - 1) * pageSize,
          limit: pageSize,
        }),
        applications.count(filter),
      ])
      return { items, total }
    },
  }
}
