import type { MessageItem } from '../../../types/messaging/schemas'
import type { DocumentStore, Filter } from '../../ports/document-store'
import { messageIdFor } from './ids'
import { insertAllUnlessExist } from './insert-all-unless-exist'
import { MESSAGE_CENTER, type MessageRecord, type OutboxRecord } from './records'

const messages = (store: DocumentStore) => store.collection<MessageRecord>(MESSAGE_CENTER)

/**
 * Delivery to the in-app message center, exactly once: the entry's id derives from the outbox
 * row's dedupe key and is inserted unless it exists, so a retried, recovered or concurrently
 * processed row can never show twice. Batched: one existence read and one insert per chunk.
 */
export async function deliverToMessageCenter(store: DocumentStore, rows: readonly OutboxRecord[], now: Date): Promise<number> {
  const at = now.toISOString()
  const entries: MessageRecord[] = rows.map((row) => ({
    _id: messageIdFor(row.dedupeKey),
    dedupeKey: row.dedupeKey,
    userId: row.recipientUserId,
    sourceKind: row.sourceKind,
    sourceId: row.sourceId,
    title: row.inbox.title,
    summary: row.inbox.summary,
    page: row.inbox.page,
    createdAt: at,
    readAt: null,
    withdrawn: false,
  }))
  return (await insertAllUnlessExist(messages(store), entries)).length
}

export function toMessageItem(record: MessageRecord): MessageItem {
  return {
    messageId: record._id,
    sourceKind: record.sourceKind,
    sourceId: record.sourceId,
    title: record.title,
    summary: record.summary,
    page: record.page,
    createdAt: record.createdAt,
    readAt: record.readAt,
    withdrawn: record.withdrawn,
  }
}

export async function listMessages(store: DocumentStore, userId: string, page: number, pageSize: number, unreadOnly: boolean) {
  const filter: Filter = unreadOnly ? { userId, readAt: null } : { userId }
  const [items, total] = await Promise.all([
    messages(store).find(filter, { orderBy: [['createdAt', 'desc']], skip: (page - 1) * pageSize, limit: pageSize }),
    messages(store).count(filter),
  ])
  return { items: items.map(toMessageItem), total }
}

/** The unread badge (`readAt: null` also matches entries written before the field existed). */
export function countUnread(store: DocumentStore, userId: string): Promise<number> {
  return messages(store).count({ userId, readAt: null })
}

/** Marks the caller's own entries read; ids of other users' entries match nothing. */
export async function markRead(store: DocumentStore, userId: string, target: { messageIds: string[] } | { all: true }, now: Date) {
  const at = now.toISOString()
  const filter: Filter = 'all' in target ? { userId, readAt: null } : { userId, readAt: null, _id: { $in: target.messageIds } }
  await messages(store).updateMany(filter, { $set: { readAt: at } })
}

/** Marks the entry of one dedupe key read (e.g. when the user opens the alert it announced). */
export async function markReadByDedupeKey(store: DocumentStore, userId: string, dedupeKey: string, now: Date): Promise<void> {
  await messages(store).updateOne(messageIdFor(dedupeKey), { $set: { readAt: now.toISOString() } }, { userId, readAt: null })
}

/** Flags entries of a withdrawn source so the message center shows a notice instead of a link. */
export async function markSourceWithdrawn(store: DocumentStore, sourceKind: string, sourceId: string): Promise<number> {
  return messages(store).updateMany({ sourceKind, sourceId, withdrawn: false }, { $set: { withdrawn: true } })
}

export async function markMessageWithdrawn(store: DocumentStore, dedupeKey: string): Promise<void> {
  await messages(store).updateOne(messageIdFor(dedupeKey), { $set: { withdrawn: true } })
}
