import type { Runtime } from '../../core/runtime'
import type { Messenger } from '../../ports/messenger'
import { DEFAULT_DISPATCHER_SETTINGS, type DispatcherSettings } from './dispatcher/dispatcher-settings'
import type { TemplateConfig } from './template-config'

declare module '../../core/runtime' {
  interface RuntimeModules {
    /** Subscribe-message templates, from configuration (SUBSCRIBE_TEMPLATES), never from code. */
    templates: TemplateConfig
  }
}

/** What the dispatcher needs: the runtime's messenger and templates plus its own settings. */
export interface MessagingRuntime {
  messenger: Messenger
  templates: TemplateConfig
  dispatcher: DispatcherSettings
}

export function templatesOf(runtime: Runtime): TemplateConfig {
  return runtime.templates
}

export function messagingOf(runtime: Runtime): MessagingRuntime {
  return { messenger: runtime.messenger, templates: runtime.templates, dispatcher: DEFAULT_DISPATCHER_SETTINGS }
}
