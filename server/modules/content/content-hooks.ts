import type { DocumentStore } from '../../ports/document-store'
import type { InTransaction } from '../revisions/versioned-write'
import type { ContentRecord } from './records'

/**
 * Seams for the messaging engine (server/modules/messaging, alerts).
 *
 * Fan-out: `published` runs inside the same transaction that publishes an item, with the item as
 * published (status, publishedAt and new revision set). Write outbox documents there — by id, as
 * transactions allow, e.g. `publish_<contentId>_r<revision>` — and they exist if and only if the
 * publication committed. The hook must not call outside services: CloudBase may re-run it.
 *
 * Scheduled publishing: `publishContent` takes the acting user id and the instant as arguments, so
 * a timer action can call it at the planned time with a system actor (e.g. 'system:scheduler');
 * the `publishAt` field and the timer belong to that work.
 */
export interface ContentLifecycleHooks {
  published?: InTransaction<ContentRecord>
  withdrawn?: InTransaction<ContentRecord>
  /** After a withdrawal committed, outside the transaction (e.g. cancel pending sends at once). */
  afterWithdrawn?: (store: DocumentStore, content: ContentRecord, now: Date) => Promise<void>
}

/**
 * Content is a lower module: it never imports the modules that react to it. The function wiring
 * (server/functions) builds its handlers with the hooks it connects; without any, nothing reacts.
 */
export const NO_CONTENT_HOOKS: ContentLifecycleHooks = {}
