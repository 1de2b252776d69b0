import { createHmac, timingSafeEqual } from 'node:crypto'
import * as z from 'zod'

/**
 * The local stand-in for WeChat's OPENID: a token `<payload>.<signature>` where the payload names
 * the openid and an expiry, signed with HMAC-SHA256. The gateway derives the caller from a valid
 * token only; nothing in a request body can name the caller.
 */
const payloadSchema = z.object({ openid: z.string().min(1), exp: z.number().int() })
export type SessionPayload = z.infer<typeof payloadSchema>

function sign(secret: Buffer, body: string): string {
  return createHmac('sha256', secret).update(body).digest('base64url')
}

export function issueSessionToken(secret: Buffer, openid: string, expiresAt: Date): string {
  const body = Buffer.from(JSON.stringify({ openid, exp: expiresAt.getTime() })).toString('base64url')
  return `${body}.${sign(secret, body)}`
}

/** The session's openid, or null when the token is malformed, forged or expired. */
export function verifySessionToken(secret: Buffer, token: string, now: Date): SessionPayload | null {
  const [body, signature, extra] = token.split('.')
  if (!body || !signature || extra !== undefined) return null
  const expected = Buffer.from(sign(secret, body))
  const given = Buffer.from(signature)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null
  let decoded: unknown
  try {
    decoded = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'))
  } catch {
    return null
  }
  const parsed = payloadSchema.safeParse(decoded)
  if (!parsed.success || parsed.data.exp <= now.getTime()) return null
  return parsed.data
}
