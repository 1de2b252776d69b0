import type { z } from 'zod'
import { DISTRICTS } from '../../../types/catalog/districts'
import type { searchAgencies as searchAgenciesContract } from '../../../types/directory/contracts'
import type { DocumentStore, FindOptions } from '../../ports/document-store'
import { agencyRepository } from './agency-repository'
import { agencySearchFilter } from './agency-search-filter'
import { toAgencySummary } from './agency-view'

type Input = z.output<typeof searchAgenciesContract.input>
type Output = z.input<typeof searchAgenciesContract.output>

/**
 * One page of the directory plus district facets, in one call. Facet counts apply every filter
 * except the district itself, so the chips say how many agencies each district would show.
 * Counting per district (a handful of parallel counts) keeps the work independent of directory size.
 */
export async function searchAgencies(store: DocumentStore, input: Input, staffView: boolean): Promise<Output> {
  const agencies = agencyRepository(store)
  const status = staffView ? input.status : 'active'
  const filter = agencySearchFilter({ ...input, status })
  const facetBase = agencySearchFilter({ ...input, status, district: undefined })
  const orderBy: FindOptions['orderBy'] =
    input.sort === 'name' ? [['name', 'asc'], ['seq', 'asc']] : [['seq', 'asc'], ['_id', 'asc']]

  const [items, total, counts] = await Promise.all([
    agencies.find(filter, { orderBy, skip: (input.page - 1) * input.pageSize, limit: input.pageSize }),
    agencies.count(filter),
    Promise.all(DISTRICTS.map((district) => agencies.count({ ...facetBase, district }))),
  ])
  return {
    items: items.map(toAgencySummary),
    total,
    page: input.page,
    pageSize: input.pageSize,
    facets: { districts: DISTRICTS.map((district, i) => ({ district, count: counts[i] })) },
  }
}
