import { signTicket, verifyTicket } from './ticket-signature'

const SECRET = 'a'.repeat(64)

describe('ticket signature', () => {
  it('names the session and registration and verifies under the same secret', () => {
    const code = signTicket(SECRET, 'ss_abc', 'sreg_123')
    expect(code).toMatch(/^SALON1\.ss_abc\.sreg_123\.[A-Za-z0-9_-]{22}$/)
    expect(verifyTicket(SECRET, code)).toEqual({ sessionId: 'ss_abc', registrationId: 'sreg_123' })
    expect(verifyTicket(SECRET, `  ${code}\n`)).toEqual({ sessionId: 'ss_abc', registrationId: 'sreg_123' })
  })

  it('cannot be moved to another session or registration', () => {
    const code = signTicket(SECRET, 'ss_abc', 'sreg_123')
    const mac = code.split('.')[3]
    expect(verifyTicket(SECRET, `SALON1.ss_other.sreg_123.${mac}`)).toBeNull()
    expect(verifyTicket(SECRET, `SALON1.ss_abc.sreg_124.${mac}`)).toBeNull()
  })

  it('cannot be made without the secret', () => {
    expect(verifyTicket(SECRET, signTicket('b'.repeat(64), 'ss_abc', 'sreg_123'))).toBeNull()
    const code = signTicket(SECRET, 'ss_abc', 'sreg_123')
    const flipped = code.slice(0, -1) + (code.endsWith('A') ? 'B' : 'A')
    expect(verifyTicket(SECRET, flipped)).toBeNull()
  })

  it('refuses malformed codes', () => {
    for (const bad of ['', 'SALON1', 'SALON1.a.b', 'SALON2.ss_abc.sreg_123.x', 'SALON1.ss abc.sreg_123.x', 'SALON1.ss_abc.sreg_123.x.y']) {
      expect(verifyTicket(SECRET, bad)).toBeNull()
    }
    expect(() => signTicket(SECRET, 'ss.abc', 'sreg_123')).toThrow(RangeError)
  })
})
