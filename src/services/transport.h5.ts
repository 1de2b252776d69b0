import { fetchGatewayJson, functionUrl } from './gateway-fetch'
import type { SendToFunction } from './send-to-function'
import { clearSession, readSessionToken } from './session'

/** H5: POST to the local gateway, which signs the caller in from the dev session token. */
export const sendToFunction: SendToFunction = async (functionName, request) => {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' }
  const token = readSessionToken()
  if (token) headers.Authorization = `Bearer ${token}`
  const answer = await fetchGatewayJson(functionUrl(functionName), {
    method: 'POST',
    headers,
    body: JSON.stringify(request),
  })
  // The server, not the device clock, says when a session is over: forget a refused token so the
  // page offers sign-in instead of repeating the refusal.
  if (token && isUnauthenticated(answer)) clearSession()
  return answer
}

function isUnauthenticated(answer: unknown): boolean {
  return typeof answer === 'object' && answer !== null && (answer as { code?: unknown }).code === 'UNAUTHENTICATED'
}
