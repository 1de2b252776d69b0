import type { AgencyStatus } from '../../../types/directory/schemas'
import type { Filter } from '../../ports/document-store'
import { allOf, keywordFilter } from '../shared/keyword-filter'

export interface AgencyCriteria {
  keyword?: string
  district?: string
  ipType?: string
  country?: string
  service?: string
  /** Undefined: every status (staff only; the service forces 'active' for everyone else). */
  status?: AgencyStatus
}

/** The store filter for a directory search; array fields use $contains, as the port requires. */
export function agencySearchFilter(criteria: AgencyCriteria): Filter {
  const filter: Filter = {}
  if (criteria.status) filter.status = criteria.status
  if (criteria.district) filter.district = criteria.district
  if (criteria.ipType) filter.ipTypes = { $contains: criteria.ipType }
  if (criteria.country) filter.countries = { $contains: criteria.country }
  if (criteria.service) filter.services = { $contains: criteria.service }
  return allOf(filter, keywordFilter(criteria.keyword))
}
