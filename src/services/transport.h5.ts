import { fetchGatewayJson, functionUrl } from './gateway-fetch'
import type { SendToFunction } from './send-to-function'
import { readSessionToken } from './session'

/** H5: POST to the local gateway, which signs the caller in from the dev session token. */
export const sendToFunction: SendToFunction = async (functionName, request) => {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' }
  const token = readSessionToken()
  if (token) headers.Authorization = `Bearer ${token}`
  return fetchGatewayJson(functionUrl(functionName), {
    method: 'POST',
    headers,
    body: JSON.stringify(request),
  })
}
