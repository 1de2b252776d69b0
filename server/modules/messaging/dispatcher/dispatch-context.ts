import type { Clock } from '../../../ports/clock'
import type { Collection, DocumentStore } from '../../../ports/document-store'
import type { Messenger } from '../../../ports/messenger'
import type { OutboxRecord } from '../records'
import type { TemplateConfig } from '../template-config'
import type { DispatcherSettings } from './dispatcher-settings'

export interface DispatchContext {
  store: DocumentStore
  outbox: Collection<OutboxRecord>
  messenger: Messenger
  templates: TemplateConfig
  settings: DispatcherSettings
  clock: Clock
  /**
   * OPENIDs of recipients, by user id: connected by the function wiring (the users module owns
   * them), so messaging does not import users, which enqueues notifications through messaging.
   */
  openidsOf: (store: DocumentStore, userIds: readonly string[]) => Promise<Map<string, string>>
}

/** What happened to one claimed row in this run. */
export type RowOutcome =
  | 'sent'
  | 'skipped_no_quota'
  | 'refused'
  | 'retried'
  | 'failed'
  | 'dead'
  | 'uncertain'
  | 'rate_limited'
  /** The row was taken from this run (lease recovered, or cancelled by a withdrawal): nothing sent. */
  | 'lost'
