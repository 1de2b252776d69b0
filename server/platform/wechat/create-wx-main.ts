import type { Envelope } from '../../../types/envelope'
import { createCloudBaseDocumentStore } from '../../adapters/cloudbase/cloudbase-document-store'
import { createCloudBaseFileLinks, type WxTempFileApi } from '../../adapters/cloudbase/cloudbase-file-links'
import { createWechatOpenApiMessenger, type WxOpenApi } from '../../adapters/wechat-messenger/wechat-openapi-messenger'
import { createAuditTrail } from '../../modules/audit/audit-trail'
import { loadTemplateConfig } from '../../modules/messaging/template-config'
import { invokeAction, type CloudFunctionDefinition } from '../../core/cloud-function'
import type { CallerIdentity } from '../../core/caller'
import { parseRateLimits } from '../../core/rate-limit'
import { parseAdminOpenids, type Runtime } from '../../core/runtime'
import { userCallerResolver } from '../../modules/users/caller-resolver'
import { systemClock } from '../system-clock'

type CloudBaseDatabase = Parameters<typeof createCloudBaseDocumentStore>[0]

/** The part of `wx-server-sdk` the entry uses; the real module is passed in by the function's index. */
export interface WxCloud extends WxTempFileApi {
  DYNAMIC_CURRENT_ENV: unknown
  init(options: { env: unknown }): void
  database(): CloudBaseDatabase
  /** SOURCE is `wx_trigger` for CloudBase's own timer trigger, something else for client calls. */
  getWXContext(): { OPENID?: string; SOURCE?: string }
  openapi: WxOpenApi
}

/** The function's deploy settings (`cloudfunctions/<name>/config.json`): its timer triggers. */
export interface FunctionDeployConfig {
  timeout?: number
  permissions?: { openapi?: readonly string[] }
  triggers?: readonly { name: string; type: string; config?: string }[]
}

interface TimerEvent {
  Type: 'Timer'
  TriggerName: string
}

function isTimerEvent(event: unknown): event is TimerEvent {
  if (typeof event !== 'object' || event === null) return false
  const { Type, TriggerName } = event as { Type?: unknown; TriggerName?: unknown }
  return Type === 'Timer' && typeof TriggerName === 'string'
}

/**
 * The CloudBase entry: adapts `(event, context)` into the same `invokeAction` the local gateway uses.
 * The caller is `getWXContext().OPENID` — set by the platform, never by the payload. A call is a
 * timer only when everything the platform sets agrees: no OPENID, a `Type: 'Timer'` event naming
 * one of this function's own triggers, and `SOURCE === 'wx_trigger'`. Anything else that claims to
 * be a timer is an ordinary (user or anonymous) request and cannot reach timer-only actions.
 * The answer is only the envelope: never the event, the context or the environment.
 */
export function createWxMain(fn: CloudFunctionDefinition, cloud: WxCloud, deploy: FunctionDeployConfig) {
  const ownTriggers = new Set((deploy.triggers ?? []).filter((t) => t.type === 'timer').map((t) => t.name))
  let runtime: Runtime | null = null
  const getRuntime = (): Runtime => {
    if (runtime) return runtime
    cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV })
    const store = createCloudBaseDocumentStore(cloud.database())
    const config = {
      mode: 'production' as const,
      adminOpenids: parseAdminOpenids(process.env.ADMIN_OPENIDS),
      rateLimits: parseRateLimits(process.env.RATE_LIMITS),
      ticketSecret: process.env.TICKET_SECRET,
    }
    runtime = {
      store,
      clock: systemClock,
      config,
      callers: userCallerResolver(store, systemClock, config.adminOpenids),
      messenger: createWechatOpenApiMessenger(cloud.openapi),
      templates: loadTemplateConfig(process.env.SUBSCRIBE_TEMPLATES, 'production'),
      audit: createAuditTrail(store),
      files: createCloudBaseFileLinks(cloud),
    }
    return runtime
  }

  return async function main(event: unknown): Promise<Envelope<unknown>> {
    const { OPENID: openid, SOURCE: source } = cloud.getWXContext()
    let identity: CallerIdentity
    let request: unknown = event
    if (!openid && source === 'wx_trigger' && isTimerEvent(event) && ownTriggers.has(event.TriggerName)) {
      identity = { kind: 'timer', trigger: event.TriggerName }
      request = { action: event.TriggerName, data: {} }
    } else {
      identity = openid ? { kind: 'user', openid, via: 'wechat' } : { kind: 'anonymous' }
      // callFunction wraps the payload with userInfo; only action and data are read.
      if (typeof event === 'object' && event !== null) {
        const { action, data } = event as { action?: unknown; data?: unknown }
        request = { action, data }
      }
    }
    return invokeAction(fn, request, identity, getRuntime())
  }
}
