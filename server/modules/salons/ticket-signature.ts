import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * The e-ticket's QR content: `SALON1.<sessionId>.<registrationId>.<mac>`, where mac is a
 * truncated HMAC-SHA256 (128 bits, base64url) over the version, session and registration under
 * a server secret (TICKET_SECRET). Without the secret a ticket cannot be made up; the session id
 * is inside the MAC, so a ticket cannot be replayed at another session; cancellation and single
 * use are checked against the registration at scan time (the code itself never changes).
 */
const PREFIX = 'SALON1'
const ID = /^[A-Za-z0-9_-]{1,64}$/

function mac(secret: string, sessionId: string, registrationId: string): string {
  return createHmac('sha256', secret).update(`${PREFIX}\u0000${sessionId}\u0000${registrationId}`).digest().subarray(0, 16).toString('base64url')
}

export function signTicket(secret: string, sessionId: string, registrationId: string): string {
  if (!ID.test(sessionId) || !ID.test(registrationId)) throw new RangeError('ticket ids must be URL-safe')
  return `${PREFIX}.${sessionId}.${registrationId}.${mac(secret, sessionId, registrationId)}`
}

export interface TicketClaim {
  sessionId: string
  registrationId: string
}

/** The ticket's session and registration when the MAC is genuine; null for anything else. */
export function verifyTicket(secret: string, code: string): TicketClaim | null {
  const parts = code.trim().split('.')
  if (parts.length !== 4) return null
  const [prefix, sessionId, registrationId, given] = parts as [string, string, string, string]
  if (prefix !== PREFIX || !ID.test(sessionId) || !ID.test(registrationId)) return null
  const expected = Buffer.from(mac(secret, sessionId, registrationId))
  const actual = Buffer.from(given)
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return null
  return { sessionId, registrationId }
}
