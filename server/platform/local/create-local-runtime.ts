import { createSqliteDocumentStore } from '../../adapters/sqlite/sqlite-document-store'
import { userCallerResolver } from '../../modules/users/caller-resolver'
import type { Runtime, RuntimeConfig } from '../../core/runtime'
import type { Clock } from '../../ports/clock'
import type { CollectionSpec } from '../../ports/collection-spec'

/**
 * The same runtime the functions get on CloudBase, built from local adapters: the embedded
 * SQLite store and the given clock (system clock in the gateway, fixed clocks in tests).
 */
export function createLocalRuntime(options: {
  databaseFile: string
  collections: CollectionSpec[]
  clock: Clock
  config: RuntimeConfig
}): Runtime & { close(): void } {
  const store = createSqliteDocumentStore({ file: options.databaseFile, collections: options.collections })
  return {
    store,
    clock: options.clock,
    config: options.config,
    callers: userCallerResolver(store, options.clock, options.config.adminOpenids),
    close: () => store.close(),
  }
}
