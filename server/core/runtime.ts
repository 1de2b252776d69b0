import type { Clock } from '../ports/clock'
import type { DocumentStore } from '../ports/document-store'
import type { FileLinks } from '../ports/file-links'
import type { Messenger } from '../ports/messenger'
import type { AuditTrail } from './audit'
import type { CallerResolver } from './caller'
import type { RateLimits } from './rate-limit'

export interface RuntimeConfig {
  /** `development` enables demo accounts and the development sign-in; never set it on CloudBase. */
  mode: 'development' | 'production'
  /** OPENIDs that are administrators from the start (bootstrap), from the function's environment. */
  adminOpenids: readonly string[]
  /** Per-user write limits (`RATE_LIMITS`); defaults when absent. */
  rateLimits?: RateLimits
  /** HMAC key of salon e-tickets (TICKET_SECRET; generated in DATA_DIR locally). Absent: no tickets are issued. */
  ticketSecret?: string
  /**
   * Refuse, inside an action, any collection its function does not declare (declared-collections.ts).
   * On in the local gateway, so every integration and browser test checks the declarations.
   */
  enforceDeclaredCollections?: boolean
}

/**
 * What modules add to the runtime, by declaration merging in the module itself (messaging adds
 * `templates` in messaging-runtime.ts), so that core imports no module.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface RuntimeModules {}

/** Everything a handler may use: the ports, resolved once per process by the entry adapter. */
export interface Runtime extends RuntimeModules {
  store: DocumentStore
  clock: Clock
  config: RuntimeConfig
  callers: CallerResolver
  /** Sends subscribe messages: WeChat's openapi on CloudBase, a recording messenger locally. */
  messenger: Messenger
  /** Where user actions' writes and sign-ins are recorded; absent only in narrow unit tests. */
  audit?: AuditTrail
  /** Short-lived links to private files (attachments), handed out after an access check. */
  files: FileLinks
  /**
   * Told of every collection an action names through its store (tests record boundaries with it;
   * see declared-collections.ts). Absent in production.
   */
  observeCollections?: (functionName: string, action: string, collection: string) => void
}

export function parseAdminOpenids(raw: string | undefined): string[] {
  return (raw ?? '')
    .split(/[,\s]+/)
    .map((s) => s.trim())
    .filter(Boolean)
}
