import { createHash } from 'node:crypto'
import { notFound } from '../../core/app-error'
import type { DocumentStore } from '../../ports/document-store'
import { contentRepository } from '../content/content-repository'
import { MESSAGE_CENTER, type MessageRecord } from '../messaging/records'
import { ALERT_SOURCE_KIND } from './alert-push'
import { ALERT_READS, type AlertReadRecord } from './records'

const reads = (store: DocumentStore) => store.collection<AlertReadRecord>(ALERT_READS)

function readIdFor(userId: string, contentId: string): string {
  return `ar_${createHash('sha256').update(`${userId}\u0000${contentId}`).digest('hex').slice(0, 32)}`
}

/**
 * Records that the user read an alert (once, however often it is opened) and marks the alert's
 * message-center entries read. Returns true the first time. Drafts are not readable by users, so
 * reading one (or an unknown id) is NOT_FOUND; a withdrawn alert can still be opened for its notice.
 */
export async function markAlertRead(store: DocumentStore, userId: string, contentId: string, now: Date): Promise<boolean> {
  const content = await contentRepository(store).get(contentId)
  if (!content || content.status === 'draft') throw notFound('没有找到该预警信息')
  const at = now.toISOString()
  const first = await reads(store).insertUnlessExists({ _id: readIdFor(userId, contentId), userId, contentId, readAt: at })
  await store
    .collection<MessageRecord>(MESSAGE_CENTER)
    .updateMany({ userId, sourceKind: ALERT_SOURCE_KIND, sourceId: contentId, readAt: null }, { $set: { readAt: at } })
  return first
}

/** Which of these alerts the user has read: one read by derived ids. */
export async function readContentIds(store: DocumentStore, userId: string, contentIds: readonly string[]): Promise<string[]> {
  const found = await reads(store).getByIds(contentIds.map((id) => readIdFor(userId, id)))
  const read = new Set(found.map((r) => r.contentId))
  return contentIds.filter((id) => read.has(id))
}

export function countReaders(store: DocumentStore, contentId: string): Promise<number> {
  return reads(store).count({ contentId })
}
