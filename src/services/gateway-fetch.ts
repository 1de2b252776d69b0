import { GATEWAY_ROUTES } from '../../types/dev-session'
import type { FunctionName } from '../../types/function-names'
import {
  ActionError,
  NETWORK_UNAVAILABLE_MESSAGE,
  SERVICE_UNAVAILABLE_MESSAGE,
  UNREADABLE_ANSWER_MESSAGE,
} from './action-error'

// H5 only: the local gateway stands in for WeChat's cloud. Imported only from *.h5.* files.

const REQUEST_TIMEOUT_MS = 15_000
const GATEWAY_ABSENT_STATUSES: ReadonlySet<number> = new Set([404, 502, 503, 504])

function gatewayOrigin(): string {
  return (process.env.TARO_APP_GATEWAY_URL ?? '').replace(/\/+$/, '')
}

export function functionUrl(functionName: FunctionName): string {
  return `${gatewayOrigin()}${GATEWAY_ROUTES.functionPrefix}${functionName}`
}

export function gatewayUrl(path: string): string {
  return `${gatewayOrigin()}${path}`
}

/**
 * Fetches a gateway route and returns its JSON body, whatever the HTTP status: the gateway answers
 * failures with an envelope too, and the caller parses it. No answer at all → UNAVAILABLE; an
 * answer that is not JSON → UNAVAILABLE when no gateway is behind the URL (404 from a plain static
 * server, 502–504 from a proxy), INTERNAL otherwise.
 */
export async function fetchGatewayJson(url: string, init: RequestInit): Promise<unknown> {
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), REQUEST_TIMEOUT_MS)
  let response: Response
  try {
    response = await fetch(url, { ...init, signal: controller.signal })
  } catch (error) {
    console.warn(`[gateway] ${init.method ?? 'GET'} ${url} failed`, error)
    throw new ActionError('UNAVAILABLE', NETWORK_UNAVAILABLE_MESSAGE)
  } finally {
    clearTimeout(timer)
  }
  const text = await response.text().catch(() => '')
  try {
    return JSON.parse(text) as unknown
  } catch {
    console.warn(`[gateway] ${url} answered HTTP ${response.status} without JSON`)
    if (GATEWAY_ABSENT_STATUSES.has(response.status)) {
      throw new ActionError('UNAVAILABLE', SERVICE_UNAVAILABLE_MESSAGE)
    }
    throw new ActionError('INTERNAL', `${UNREADABLE_ANSWER_MESSAGE}（HTTP ${response.status}）`)
  }
}
