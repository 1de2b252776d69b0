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
