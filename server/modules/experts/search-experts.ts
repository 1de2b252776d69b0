import type { z } from 'zod'
import type { searchExperts as searchExpertsContract } from '../../../types/experts/contracts'
import type { DocumentStore } from '../../ports/document-store'
import { expertRepository } from './expert-repository'
import { expertSearchFilter } from './expert-search-filter'
import { toExpertSummary } from './expert-view'

type Input = z.output<typeof searchExpertsContract.input>
type Output = z.input<typeof searchExpertsContract.output>

/** Most overseas experience first; unavailable experts are listed for staff only. */
export async function searchExperts(store: DocumentStore, input: Input, staffView: boolean): Promise<Output> {
  const experts = expertRepository(store)
  const filter = expertSearchFilter({ ...input, status: staffView ? input.status : 'active' })
  const [items, total] = await Promise.all([
    experts.find(filter, {
      orderBy: [['yearsOverseasExperience', 'desc'], ['name', 'asc'], ['_id', 'asc']],
      skip: (input.page - 1) * input.pageSize,
      limit: input.pageSize,
    }),
    experts.count(filter),
  ])
  return { items: items.map(toExpertSummary), total, page: input.page, pageSize: input.pageSize }
}
