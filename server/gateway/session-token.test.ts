import { issueSessionToken, verifySessionToken } from './session-token'

const secret = Buffer.alloc(32, 7)
const now = new Date('2026-11-25T02:00:00.000Z')
const later = new Date('2026-11-25T14:00:00.000Z')

describe('session tokens', () => {
  it('round-trips the openid until it expires', () => {
    const token = issueSessionToken(secret, 'dev-openid-staff', later)
    expect(verifySessionToken(secret, token, now)).toEqual({ openid: 'dev-openid-staff', exp: later.getTime() })
    expect(verifySessionToken(secret, token, later)).toBeNull()
  })

  it('rejects a token whose payload was changed to another openid', () => {
    const token = issueSessionToken(secret, 'dev-openid-visitor', later)
    const [, signature] = token.split('.')
    const forged = Buffer.from(JSON.stringify({ openid: 'dev-openid-admin', exp: later.getTime() })).toString('base64url')
    expect(verifySessionToken(secret, `${forged}.${signature}`, now)).toBeNull()
  })

  it('rejects tokens signed with another secret, and garbage', () => {
    const token = issueSessionToken(Buffer.alloc(32, 8), 'dev-openid-staff', later)
    expect(verifySessionToken(secret, token, now)).toBeNull()
    expect(verifySessionToken(secret, 'not-a-token', now)).toBeNull()
    expect(verifySessionToken(secret, 'a.b.c', now)).toBeNull()
  })
})
