import type { Envelope } from '../../../types/envelope'
import { createCloudBaseDocumentStore } from '../../adapters/cloudbase/cloudbase-document-store'
import { createWechatOpenApiMessenger, type WxOpenApi } from '../../adapters/wechat-messenger/wechat-openapi-messenger'
import { loadTemplateConfig } from '../../modules/messaging/template-config'
import { invokeAction, type CloudFunctionDefinition } from '../../core/cloud-function'
import type { CallerIdentity } from '../../core/caller'
import { parseRateLimits } from '../../core/rate-limit'
import { parseAdminOpenids, type Runtime } from '../../core/runtime'
import { userCallerResolver } from '../../modules/users/caller-resolver'
import { systemClock } from '../system-clock'

type CloudBaseDatabase = Parameters<typeof createCloudBaseDocumentStore>[0]

/** The part of `wx-server-sdk` the entry uses; the real module is passed in by the function's index. */
export interface WxCloud {
  DYNAMIC_CURRENT_ENV: unknown
  init(options: { env: unknown }): void
  database(): CloudBaseDatabase
  getWXContext(): { OPENID?: string }
  openapi: WxOpenApi
}

interface TimerEvent {
  Type: 'Timer'
  TriggerName: string
}

function isTimerEvent(event: unknown): event is TimerEvent {
  return typeof event === 'object' && event !== null && (event as { Type?: unknown }).Type === 'Timer'
}

/**
 * The CloudBase entry: adapts `(event, context)` into the same `invokeAction` the local gateway uses.
 * The caller is `getWXContext().OPENID` — set by the platform, never by the payload. A timer
 * invocation has no OPENID; an event that claims to be a timer but carries an OPENID came from a
 * client and is treated as that user's ordinary request (and so cannot reach timer-only actions).
 * The answer is only the envelope: never the event, the context or the environment.
 */
export function createWxMain(fn: CloudFunctionDefinition, cloud: WxCloud) {
  let runtime: Runtime | null = null
  const getRuntime = (): Runtime => {
    if (runtime) return runtime
    cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV })
    const store = createCloudBaseDocumentStore(cloud.database())
    const config = {
      mode: 'production' as const,
      adminOpenids: parseAdminOpenids(process.env.ADMIN_OPENIDS),
      rateLimits: parseRateLimits(process.env.RATE_LIMITS),
    }
    runtime = {
      store,
      clock: systemClock,
      config,
      callers: userCallerResolver(store, systemClock, config.adminOpenids),
      messenger: createWechatOpenApiMessenger(cloud.openapi),
      templates: loadTemplateConfig(process.env.SUBSCRIBE_TEMPLATES, 'production'),
    }
    return runtime
  }

  return async function main(event: unknown): Promise<Envelope<unknown>> {
    const openid = cloud.getWXContext().OPENID
    let identity: CallerIdentity
    let request: unknown = event
    if (!openid && isTimerEvent(event)) {
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
