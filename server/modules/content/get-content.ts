import { notFound } from '../../core/app-error'
import type { DocumentStore } from '../../ports/document-store'
import { contentRepository } from './content-repository'
import { relatedContentFilter } from './content-search-filter'
import type { ContentRecord } from './records'

export const RELATED_LIMIT = 5

/** One item (drafts and withdrawn items for staff only) and a few related published ones. */
export async function getContent(
  store: DocumentStore,
  contentId: string,
  staffView: boolean,
): Promise<{ record: ContentRecord; related: ContentRecord[] }> {
  const content = contentRepository(store)
  const record = await content.get(contentId)
  if (!record || (record.status !== 'published' && !staffView)) {
    throw notFound('该内容不存在或已撤回，请返回列表查看其他内容')
  }
  const related = await content.find(relatedContentFilter(record), {
    orderBy: [['publishedAt', 'desc'], ['_id', 'asc']],
    limit: RELATED_LIMIT,
  })
  return { record, related }
}
