import type { ContentFields, ContentStatus } from '../../../types/content/schemas'
import type { CollectionSpec } from '../../ports/collection-spec'
import type { VersionedRecord } from '../revisions/records'
import { LINK_DOMAINS_COLLECTIONS } from './link-domains/records'

export const CONTENT = 'content'

/** Stands for "all of them" in the tag lists below. */
export const ANY_TAG = '*'

/**
 * A knowledge-base item or alert. Lifecycle: draft → published ⇄ withdrawn (withdrawn items can
 * be published again). Saving a published item edits it in place.
 */
export interface ContentRecord extends VersionedRecord, ContentFields {
  _id: string
  status: ContentStatus
  /** The latest publication; drives "newest first" and the messaging fan-out. */
  publishedAt: string | null
  firstPublishedAt: string | null
  withdrawnAt: string | null
  withdrawReason: string | null
  /**
   * `ipTypes` / `industries` for filtering, with ANY_TAG when the list is empty: an item that names
   * no IP type or industry applies to all, so it must match every such filter.
   */
  ipTypeTags: string[]
  industryTags: string[]
  /** Title, summary, body text, lessons, source and country names (for keyword search). */
  searchText: string
}

export const CONTENT_COLLECTIONS: CollectionSpec[] = [
  {
    name: CONTENT,
    indexes: [
      { fields: [['status', 'asc'], ['publishedAt', 'desc']] },
      { fields: [['status', 'asc'], ['kind', 'asc'], ['publishedAt', 'desc']] },
      { fields: [['countries', 'asc']] },
      { fields: [['updatedAt', 'desc']] },
    ],
  },
  // Saving and publishing read the link allow-list.
  ...LINK_DOMAINS_COLLECTIONS,
]
