import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import * as z from 'zod'
import { parseRateLimits } from '../core/rate-limit'
import { parseAdminOpenids, type RuntimeConfig } from '../core/runtime'

/** Every setting of the local product, from the environment, with the defaults `npm start` uses. */
const envSchema = z.object({
  GATEWAY_HOST: z.string().default('127.0.0.1'),
  GATEWAY_PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  DATA_DIR: z.string().default('.data'),
  APP_MODE: z.enum(['development', 'production']).default('development'),
  ADMIN_OPENIDS: z.string().optional(),
  SESSION_SECRET: z.string().min(32).optional(),
  H5_DIR: z.string().default('dist/h5'),
  CLOUDFUNCTIONS_DIR: z.string().default('cloudfunctions'),
  SUBSCRIBE_TEMPLATES: z.string().optional(),
  RATE_LIMITS: z.string().optional(),
  TICKET_SECRET: z.string().min(32).optional(),
})

export interface GatewayConfig {
  host: string
  port: number
  dataDir: string
  databaseFile: string
  staticRoot: string
  cloudfunctionsDir: string
  runtime: RuntimeConfig
  sessionSecret: Buffer
  /** Subscribe-message template configuration (JSON); development templates when absent. */
  subscribeTemplates: string | undefined
}

export function readGatewayConfig(env: NodeJS.ProcessEnv, cwd: string): GatewayConfig {
  const parsed = envSchema.parse(env)
  const dataDir = resolve(cwd, parsed.DATA_DIR)
  mkdirSync(dataDir, { recursive: true })
  return {
    host: parsed.GATEWAY_HOST,
    port: parsed.GATEWAY_PORT,
    dataDir,
    databaseFile: join(dataDir, 'app.sqlite'),
    staticRoot: resolve(cwd, parsed.H5_DIR),
    cloudfunctionsDir: resolve(cwd, parsed.CLOUDFUNCTIONS_DIR),
    runtime: {
      mode: parsed.APP_MODE,
      adminOpenids: parseAdminOpenids(parsed.ADMIN_OPENIDS),
      rateLimits: parseRateLimits(parsed.RATE_LIMITS),
      ticketSecret: parsed.TICKET_SECRET ?? loadOrCreateSecret(dataDir, 'ticket-secret').toString('hex'),
      // Locally every action's collections are checked against its function's declaration.
      enforceDeclaredCollections: true,
    },
    subscribeTemplates: parsed.SUBSCRIBE_TEMPLATES,
    sessionSecret: parsed.SESSION_SECRET ? Buffer.from(parsed.SESSION_SECRET) : loadOrCreateSecret(dataDir, 'session-secret'),
  }
}

/** Sessions and tickets survive a restart: each secret is created once per data folder and kept there. */
function loadOrCreateSecret(dataDir: string, name: string): Buffer {
  const file = join(dataDir, name)
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 })
  return Buffer.from(readFileSync(file, 'utf8').trim(), 'hex')
}
