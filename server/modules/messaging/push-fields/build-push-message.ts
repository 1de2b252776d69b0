import type { SubscribeMessage } from '../../../ports/messenger'
import type { TemplateConfig, TemplateDefinition } from '../template-config'
import { formatPushField, keywordTypeOf, PushFieldError, type PushFieldValue } from './format-push-field'

export type NotificationPayload = Record<string, PushFieldValue>

/** The payload cannot fill the template (a missing field, an unformattable value, a page placeholder). */
export class PushPayloadError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'PushPayloadError'
  }
}

function present(value: PushFieldValue | undefined): value is PushFieldValue {
  return value !== undefined && !(typeof value === 'string' && value.trim() === '')
}

/** Fills `{field}` placeholders of the page with URL-encoded payload values. */
export function resolvePage(page: string | undefined, payload: NotificationPayload): string | undefined {
  if (!page) return undefined
  return page.replace(/\{([A-Za-z][A-Za-z0-9_]*)\}/g, (_, field: string) => {
    const value = payload[field]
    if (!present(value)) throw new PushPayloadError(`page placeholder {${field}} has no value`)
    return encodeURIComponent(String(value))
  })
}

/**
 * Turns a logical payload into the subscribe message for one template: every data key's value is
 * taken from its configured source and formatted to its keyword type's rules.
 */
export function buildPushMessage(
  config: TemplateConfig,
  template: TemplateDefinition,
  touser: string,
  payload: NotificationPayload,
): SubscribeMessage {
  const data: SubscribeMessage['data'] = {}
  for (const [dataKey, source] of Object.entries(template.fields)) {
    const type = keywordTypeOf(dataKey)
    if (!type) throw new PushPayloadError(`data key ${dataKey} has no supported type`)
    const raw = 'text' in source ? source.text : present(payload[source.from]) ? payload[source.from] : source.fallback
    if (!present(raw)) throw new PushPayloadError(`${dataKey}: payload field ${'from' in source ? source.from : ''} is missing`)
    try {
      data[dataKey] = { value: formatPushField(type, raw) }
    } catch (error) {
      if (error instanceof PushFieldError && 'from' in source && source.fallback && raw !== source.fallback) {
        data[dataKey] = { value: formatPushField(type, source.fallback) }
      } else {
        throw new PushPayloadError(`${dataKey}: ${error instanceof Error ? error.message : String(error)}`)
      }
    }
  }
  const page = resolvePage(template.page, payload)
  return {
    touser,
    templateId: template.templateId,
    ...(page ? { page } : {}),
    data,
    miniprogramState: config.miniprogramState,
    lang: 'zh_CN',
  }
}
