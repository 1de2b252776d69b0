import { randomBytes } from 'node:crypto'
import { dirname, join } from 'node:path'
import { createSignedFileLinks } from '../../adapters/local-files/signed-file-links'
import { createSqliteDocumentStore } from '../../adapters/sqlite/sqlite-document-store'
import { createLocalRecordingMessenger } from '../../adapters/wechat-messenger/local-recording-messenger'
import { createAuditTrail } from '../../modules/audit/audit-trail'
import { loadTemplateConfig } from '../../modules/messaging/template-config'
import { userCallerResolver } from '../../modules/users/caller-resolver'
import type { Runtime, RuntimeConfig } from '../../core/runtime'
import type { Clock } from '../../ports/clock'
import type { CollectionSpec } from '../../ports/collection-spec'
import type { FileLinks } from '../../ports/file-links'

/**
 * The same runtime the functions get on CloudBase, built from local adapters: the embedded
 * SQLite store and the given clock (system clock in the gateway, fixed clocks in tests).
 */
export function createLocalRuntime(options: {
  databaseFile: string
  collections: CollectionSpec[]
  clock: Clock
  config: RuntimeConfig
  /** SUBSCRIBE_TEMPLATES JSON; development templates when absent in development mode. */
  subscribeTemplates?: string
  /** Signed links the gateway serves; by default signed with a throwaway key, files beside the database. */
  files?: FileLinks
}): Runtime & { close(): void } {
  const store = createSqliteDocumentStore({ file: options.databaseFile, collections: options.collections })
  return {
    store,
    clock: options.clock,
    config: options.config,
    callers: userCallerResolver(store, options.clock, options.config.adminOpenids),
    messenger: createLocalRecordingMessenger(store, options.clock),
    templates: loadTemplateConfig(options.subscribeTemplates, options.config.mode),
    audit: createAuditTrail(store),
    files:
      options.files ??
      createSignedFileLinks({ secret: randomBytes(32), clock: options.clock, root: join(dirname(options.databaseFile), 'files') }),
    close: () => store.close(),
  }
}
