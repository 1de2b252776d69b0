import { createHash } from 'node:crypto'

/**
 * A user's id is derived from the OPENID, so the record can be created with insert-unless-exists
 * on first sight (no duplicate users under concurrent first calls) while ids shown to staff or in
 * links never reveal the OPENID itself.
 */
export function userIdForOpenid(openid: string): string {
  return `u_${createHash('sha256').update(`user:${openid}`).digest('hex').slice(0, 24)}`
}
