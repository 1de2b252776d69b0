import type { ExpertFields, ExpertStatus } from '../../../types/experts/schemas'
import type { CollectionSpec } from '../../ports/collection-spec'
import type { VersionedRecord } from '../revisions/records'

export const EXPERTS = 'experts'

/** A member of the expert pool (专家库). */
export interface ExpertRecord extends VersionedRecord, ExpertFields {
  _id: string
  status: ExpertStatus
  statusReason: string | null
  /** Name, title, affiliation, intro and the names of fields, countries and languages (for keyword search). */
  searchText: string
}

export const EXPERTS_COLLECTIONS: CollectionSpec[] = [
  {
    name: EXPERTS,
    indexes: [
      { fields: [['status', 'asc'], ['yearsOverseasExperience', 'desc'], ['name', 'asc']] },
      { fields: [['userId', 'asc']] },
    ],
  },
]
