import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { z } from 'zod'
import type { ActionContract } from '../../types/contract'
import { envelopeSchema, type Envelope } from '../../types/envelope'
import { invokeAction } from '../../server/core/cloud-function'
import { ALL_FUNCTIONS } from '../../server/functions/all-functions'
import { readGatewayConfig } from '../../server/gateway/gateway-config'
import { issueSessionToken } from '../../server/gateway/session-token'
import { startGateway, type RunningGateway } from '../../server/gateway/start-gateway'
import type { DocumentStore } from '../../server/ports/document-store'
import type { Runtime } from '../../server/core/runtime'
import { FixedClock } from './fixed-clock'

/**
 * Integration harness: a real gateway (HTTP entry → handler → service → repository → SQLite)
 * on a temporary data folder and a fixed clock. Callers are signed sessions, as in the browser.
 */
export interface GatewayHarness {
  url: string
  clock: FixedClock
  /** The gateway's own store, for seeding known data (the same connection the functions use). */
  store: DocumentStore
  /** The temporary data folder (database, and `files/` for the gateway's signed file links). */
  dataDir: string
  /** Calls an action as the user with this openid (null: no session). */
  call<C extends ActionContract>(contract: C, data: unknown, as: string | null): Promise<Envelope<z.output<C['output']>>>
  /** Calls an action and fails the test unless it succeeds. */
  ok<C extends ActionContract>(contract: C, data: unknown, as: string): Promise<z.output<C['output']>>
  post(path: string, body: string, headers?: Record<string, string>): Promise<{ status: number; json: unknown }>
  tokenFor(openid: string): string
  /**
   * Runs a timer-only action now (e.g. 'alerts'/'publishDue', 'dispatcher'/'dispatchDue'), as the
   * timer runner would, on the gateway's database with the harness clock. Fails unless it succeeds.
   */
  runTimer(functionName: string, action: string): Promise<unknown>
  /** The gateway's runtime (its store and caller resolver), for tests that drive services directly. */
  runtime: Runtime
  /**
   * Every collection each action named through its store so far, keyed `function.action` (the
   * gateway also refuses undeclared ones: declared-collections.ts).
   */
  collectionsTouched: Map<string, Set<string>>
  close(): Promise<void>
}

export async function startHarness(options: {
  now?: string
  mode?: 'development' | 'production'
  adminOpenids?: string[]
  /** The H5 build to serve (browser tests); API only by default. */
  h5Dir?: string
  /** RATE_LIMITS (JSON); the product's defaults otherwise. */
  rateLimits?: string
  /**
   * false: timer actions run only through runTimer, so a test that moves the clock decides when the
   * dispatcher runs (the gateway's own runner would replay the schedule the move skipped).
   */
  backgroundTimers?: boolean
} = {}): Promise<GatewayHarness> {
  const dataDir = mkdtempSync(join(tmpdir(), 'oipa-test-'))
  const clock = new FixedClock(options.now ?? '2026-11-25T02:00:00.000Z')
  const config = readGatewayConfig(
    {
      GATEWAY_PORT: '0',
      DATA_DIR: dataDir,
      APP_MODE: options.mode ?? 'development',
      ADMIN_OPENIDS: (options.adminOpenids ?? []).join(','),
      H5_DIR: options.h5Dir ?? join(dataDir, 'no-h5'),
      ...(options.rateLimits ? { RATE_LIMITS: options.rateLimits } : {}),
    },
    process.cwd(),
  )
  const gateway: RunningGateway = await startGateway(config, clock, () => {}, { backgroundTimers: options.backgroundTimers })
  const collectionsTouched = new Map<string, Set<string>>()
  gateway.runtime.observeCollections = (functionName, action, collection) => {
    const key = `${functionName}.${action}`
    const touched = collectionsTouched.get(key) ?? new Set<string>()
    touched.add(collection)
    collectionsTouched.set(key, touched)
  }
  const tokenFor = (openid: string) => issueSessionToken(config.sessionSecret, openid, new Date(clock.now().getTime() + 3600_000))

  // Timer actions run on the gateway's own runtime: a second SQLite connection in this process
  // could wait synchronously on a transaction the first one holds across an await.
  async function runTimer(functionName: string, action: string): Promise<unknown> {
    const fn = ALL_FUNCTIONS.find((f) => f.name === functionName)
    if (!fn) throw new Error(`unknown function ${functionName}`)
    const result = await invokeAction(fn, { action, data: {} }, { kind: 'timer', trigger: action }, gateway.runtime)
    if (!result.ok) throw new Error(`${functionName}.${action} failed: ${result.code} ${result.message}`)
    return result.data
  }

  async function post(path: string, body: string, headers: Record<string, string> = {}) {
    const response = await fetch(`${gateway.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    })
    return { status: response.status, json: (await response.json()) as unknown }
  }

  async function call<C extends ActionContract>(contract: C, data: unknown, as: string | null) {
    const { json } = await post(
      `/api/functions/${contract.functionName}`,
      JSON.stringify({ action: contract.action, data }),
      as ? { authorization: `Bearer ${tokenFor(as)}` } : {},
    )
    return envelopeSchema(contract.output).parse(json) as Envelope<z.output<C['output']>>
  }

  return {
    url: gateway.url,
    clock,
    store: gateway.runtime.store,
    dataDir,
    call,
    async ok(contract, data, as) {
      const result = await call(contract, data, as)
      if (!result.ok) throw new Error(`${contract.action} failed: ${result.code} ${result.message}`)
      return result.data
    },
    post,
    tokenFor,
    runTimer,
    runtime: gateway.runtime,
    collectionsTouched,
    async close() {
      await gateway.close()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
