import { createLocalRecordingMessenger } from '../../adapters/wechat-messenger/local-recording-messenger'
import type { Runtime } from '../../core/runtime'
import type { Messenger } from '../../ports/messenger'
import { DEFAULT_DISPATCHER_SETTINGS, type DispatcherSettings } from './dispatcher/dispatcher-settings'
import { loadTemplateConfig, type TemplateConfig } from './template-config'

/** What messaging needs beyond the core runtime. */
export interface MessagingRuntime {
  messenger: Messenger
  templates: TemplateConfig
  dispatcher: DispatcherSettings
}

type WithMessaging = Runtime & Partial<Pick<MessagingRuntime, 'messenger' | 'templates'>>

const templateCache = new WeakMap<Runtime, TemplateConfig>()
const messengerCache = new WeakMap<Runtime, Messenger>()

/**
 * The template configuration: `runtime.templates` once the platform entries provide it; until
 * then SUBSCRIBE_TEMPLATES from the function's environment (development templates in development).
 */
export function templatesOf(runtime: Runtime): TemplateConfig {
  const wired = (runtime as WithMessaging).templates
  if (wired) return wired
  let config = templateCache.get(runtime)
  if (!config) {
    config = loadTemplateConfig(process.env.SUBSCRIBE_TEMPLATES, runtime.config.mode)
    templateCache.set(runtime, config)
  }
  return config
}

/**
 * The messenger: `runtime.messenger` once the platform entries provide it (the WeChat messenger
 * over cloud.openapi on CloudBase, the local recording messenger in the gateway). Until then
 * development falls back to the local recording messenger over the runtime's own store, and
 * production refuses rather than silently pretending to send (rows stay pending, nothing is lost).
 */
export function messengerOf(runtime: Runtime): Messenger {
  const wired = (runtime as WithMessaging).messenger
  if (wired) return wired
  if (runtime.config.mode !== 'development') {
    throw new Error('messaging is not wired: Runtime needs `messenger` (createWechatOpenApiMessenger(cloud.openapi)) in production')
  }
  let messenger = messengerCache.get(runtime)
  if (!messenger) {
    messenger = createLocalRecordingMessenger(runtime.store, runtime.clock)
    messengerCache.set(runtime, messenger)
  }
  return messenger
}

export function messagingOf(runtime: Runtime): MessagingRuntime {
  return { messenger: messengerOf(runtime), templates: templatesOf(runtime), dispatcher: DEFAULT_DISPATCHER_SETTINGS }
}
