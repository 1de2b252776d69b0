import { newId } from '../../core/new-id'
import type { Clock } from '../../ports/clock'
import type { CollectionSpec } from '../../ports/collection-spec'
import type { DocumentStore } from '../../ports/document-store'
import type { Messenger, SendResult, SubscribeMessage } from '../../ports/messenger'

export const LOCAL_PUSHES = 'dev_push_log'

/** What would have gone to WeChat, kept in the embedded store so development can inspect it. */
export interface LocalPushRecord extends SubscribeMessage {
  _id: string
  sentAt: string
}

export const LOCAL_PUSH_COLLECTIONS: CollectionSpec[] = [{ name: LOCAL_PUSHES, indexes: [{ fields: [['touser', 'asc'], ['sentAt', 'desc']] }] }]

/**
 * The local messenger: records each push instead of calling WeChat. `script` lets tests and
 * demos make chosen sends fail (e.g. answer 43101 for one user) without touching the dispatcher.
 */
export function createLocalRecordingMessenger(
  store: DocumentStore,
  clock: Clock,
  script?: (message: SubscribeMessage) => SendResult | undefined,
): Messenger {
  const pushes = store.collection<LocalPushRecord>(LOCAL_PUSHES)
  return {
    async send(message) {
      const scripted = script?.(message)
      if (scripted && !scripted.ok) return scripted
      try {
        await pushes.insert({ _id: newId('push'), ...message, sentAt: clock.now().toISOString() })
        return { ok: true }
      } catch (error) {
        // The record was not written, so nothing "went out": safe to retry.
        return { ok: false, kind: 'transient', errCode: null, message: String(error).slice(0, 300) }
      }
    },
  }
}
