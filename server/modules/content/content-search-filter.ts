import type { ContentKind, ContentStatus, Severity } from '../../../types/content/schemas'
import type { Filter } from '../../ports/document-store'
import { allOf, keywordFilter } from '../shared/keyword-filter'
import { ANY_TAG } from './records'

export interface ContentCriteria {
  kind?: ContentKind
  country?: string
  ipType?: string
  industry?: string
  severity?: Severity
  keyword?: string
  /** Undefined: every status (staff only; everyone else sees published items only). */
  status?: ContentStatus
}

export function contentSearchFilter(criteria: ContentCriteria): Filter {
  const filter: Filter = {}
  if (criteria.status) filter.status = criteria.status
  if (criteria.kind) filter.kind = criteria.kind
  if (criteria.severity) filter.severity = criteria.severity
  if (criteria.country) filter.countries = { $contains: criteria.country }
  // Items for all IP types / industries match any such filter.
  if (criteria.ipType) filter.ipTypeTags = { $containsAny: [criteria.ipType, ANY_TAG] }
  if (criteria.industry) filter.industryTags = { $containsAny: [criteria.industry, ANY_TAG] }
  return allOf(filter, keywordFilter(criteria.keyword))
}

/** Published items about the same countries and (when it names any) the same IP types. */
export function relatedContentFilter(item: { _id: string; countries: readonly string[]; ipTypes: readonly string[] }): Filter {
  const filter: Filter = {
    status: 'published',
    _id: { $ne: item._id },
    countries: { $containsAny: [...item.countries] },
  }
  if (item.ipTypes.length > 0) filter.ipTypeTags = { $containsAny: [...item.ipTypes, ANY_TAG] }
  return filter
}
