import { createHmac } from 'node:crypto'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { dirname, join } from 'node:path'
import { createSignedFileLinks } from '../adapters/local-files/signed-file-links'
import { invokeAction } from '../core/cloud-function'
import { ALL_FUNCTIONS, allCollections } from '../functions/all-functions'
import { createLocalRuntime } from '../platform/local/create-local-runtime'
import { systemClock } from '../platform/system-clock'
import type { Runtime } from '../core/runtime'
import type { Clock } from '../ports/clock'
import { seedDatabase } from '../seed/seed-database'
import { createGatewayServer } from './create-gateway'
import type { GatewayConfig } from './gateway-config'
import { readFunctionTriggers } from './timers/function-triggers'
import { startTimerRunner } from './timers/timer-runner'

export interface RunningGateway {
  url: string
  server: Server
  /** The gateway's runtime, for tests that run timer actions on demand (one SQLite connection per file). */
  runtime: Runtime
  close(): Promise<void>
}

/** Opens (and on first run creates and seeds) the local database, then serves API, H5 and timers. */
export async function startGateway(
  config: GatewayConfig,
  clock: Clock = systemClock,
  log: (line: string) => void = console.log,
  options: { backgroundTimers?: boolean } = {},
): Promise<RunningGateway> {
  // File links are signed with a key derived from the session secret, so they survive restarts too.
  const files = createSignedFileLinks({
    secret: createHmac('sha256', config.sessionSecret).update('file-links').digest(),
    clock,
    root: join(dirname(config.databaseFile), 'files'),
  })
  const runtime = createLocalRuntime({
    files,
    databaseFile: config.databaseFile,
    collections: allCollections(),
    clock,
    config: config.runtime,
    subscribeTemplates: config.subscribeTemplates,
  })
  const seeded = await seedDatabase(runtime)
  if (seeded.agencies > 0) log(`[seed] ${seeded.agencies} designated agencies added`)

  const triggers = readFunctionTriggers(config.cloudfunctionsDir, ALL_FUNCTIONS.map((fn) => fn.name))
  const timers = options.backgroundTimers === false ? { stop: () => {} } : startTimerRunner(
    triggers,
    async (trigger) => {
      const fn = ALL_FUNCTIONS.find((f) => f.name === trigger.functionName)
      if (!fn) return
      const result = await invokeAction(fn, { action: trigger.triggerName, data: {} }, { kind: 'timer', trigger: trigger.triggerName }, runtime)
      if (!result.ok) console.error(`[timer] ${fn.name}.${trigger.triggerName}: ${result.code} ${result.message}`)
    },
    () => clock.now(),
  )

  const server = createGatewayServer({
    runtime,
    functions: ALL_FUNCTIONS,
    sessionSecret: config.sessionSecret,
    staticRoot: config.staticRoot,
    files,
  })
  // A deep accept queue: a burst of sign-ups (a popular salon opening) must queue, not be reset.
  await new Promise<void>((resolve) => server.listen({ port: config.port, host: config.host, backlog: 2048 }, resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://${config.host}:${port}`,
    server,
    runtime,
    close: async () => {
      timers.stop()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      runtime.close()
    },
  }
}
