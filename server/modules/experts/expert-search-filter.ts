import type { ExpertStatus } from '../../../types/experts/schemas'
import type { Filter } from '../../ports/document-store'
import { allOf, keywordFilter } from '../shared/keyword-filter'

export interface ExpertCriteria {
  keyword?: string
  ipType?: string
  country?: string
  language?: string
  serviceType?: string
  /** Undefined: every status (staff only). */
  status?: ExpertStatus
}

export function expertSearchFilter(criteria: ExpertCriteria): Filter {
  const filter: Filter = {}
  if (criteria.status) filter.status = criteria.status
  if (criteria.ipType) filter.ipTypes = { $contains: criteria.ipType }
  if (criteria.country) filter.countries = { $contains: criteria.country }
  if (criteria.language) filter.languages = { $contains: criteria.language }
  if (criteria.serviceType) filter.serviceTypes = { $contains: criteria.serviceType }
  return allOf(filter, keywordFilter(criteria.keyword))
}
