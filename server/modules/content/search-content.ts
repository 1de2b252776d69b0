import type { z } from 'zod'
import type { searchContent as searchContentContract } from '../../../types/content/contracts'
import type { DocumentStore, FindOptions } from '../../ports/document-store'
import { contentRepository } from './content-repository'
import { contentSearchFilter } from './content-search-filter'
import { toContentSummary } from './content-view'

type Input = z.output<typeof searchContentContract.input>
type Output = z.input<typeof searchContentContract.output>

/**
 * Readers get published items, newest publication first. Staff lists (any status, or a chosen
 * one) are ordered by last change, so a draft just saved is on top.
 */
export async function searchContent(store: DocumentStore, input: Input, staffView: boolean): Promise<Output> {
  const content = contentRepository(store)
  const filter = contentSearchFilter({ ...input, status: staffView ? input.status : 'published' })
  const orderBy: FindOptions['orderBy'] =
    staffView && input.status !== 'published' ? [['updatedAt', 'desc'], ['_id', 'asc']] : [['publishedAt', 'desc'], ['_id', 'asc']]
  const [items, total] = await Promise.all([
    content.find(filter, { orderBy, skip: (input.page - 1) * input.pageSize, limit: input.pageSize }),
    content.count(filter),
  ])
  return { items: items.map(toContentSummary), total, page: input.page, pageSize: input.pageSize }
}
