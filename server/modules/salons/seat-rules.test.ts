import {
  audienceAllows,
  canCancelSeat,
  capacityChange,
  createArrivalKeys,
  enterpriseKeyFor,
  holdExpiryFor,
  isPartition,
  registrationWindowState,
} from './seat-rules'

const at = (iso: string) => new Date(iso)

describe('holds', () => {
  it('holds an offered seat for 24 hours when the session is more than a day away', () => {
    expect(holdExpiryFor(at('2026-11-25T02:00:00Z'), at('2026-11-28T02:00:00Z'))?.toISOString()).toBe('2026-11-26T02:00:00.000Z')
  })
  it('holds for 2 hours when the session starts within a day', () => {
    expect(holdExpiryFor(at('2026-11-25T02:00:00Z'), at('2026-11-26T01:00:00Z'))?.toISOString()).toBe('2026-11-25T04:00:00.000Z')
    // exactly one day away counts as "within a day"
    expect(holdExpiryFor(at('2026-11-25T02:00:00Z'), at('2026-11-26T02:00:00Z'))?.toISOString()).toBe('2026-11-25T04:00:00.000Z')
  })
  it('never holds past the start, and offers nothing once the session has started', () => {
    expect(holdExpiryFor(at('2026-11-25T02:00:00Z'), at('2026-11-25T02:30:00Z'))?.toISOString()).toBe('2026-11-25T02:30:00.000Z')
    expect(holdExpiryFor(at('2026-11-25T02:00:00Z'), at('2026-11-25T02:00:00Z'))).toBeNull()
    expect(holdExpiryFor(at('2026-11-25T03:00:00Z'), at('2026-11-25T02:00:00Z'))).toBeNull()
  })
})

describe('registration window and cancellation cutoff', () => {
  const window = { opensAt: at('2026-11-20T00:00:00Z'), closesAt: at('2026-11-27T00:00:00Z') }
  it('is open from the opening instant up to (not including) the closing instant', () => {
    expect(registrationWindowState(at('2026-11-19T23:59:59Z'), window)).toBe('not_open')
    expect(registrationWindowState(at('2026-11-20T00:00:00Z'), window)).toBe('open')
    expect(registrationWindowState(at('2026-11-26T23:59:59Z'), window)).toBe('open')
    expect(registrationWindowState(at('2026-11-27T00:00:00Z'), window)).toBe('closed')
  })
  it('lets a seat be cancelled until the cutoff before the start', () => {
    const start = at('2026-11-28T02:00:00Z')
    expect(canCancelSeat(at('2026-11-28T00:00:00Z'), start, 2)).toBe(true)
    expect(canCancelSeat(at('2026-11-28T00:00:01Z'), start, 2)).toBe(false)
    expect(canCancelSeat(at('2026-11-28T01:59:00Z'), start, 0)).toBe(true)
  })
})

describe('enterprise limit and audience', () => {
  it('counts seats per verified enterprise, or per person without one', () => {
    expect(enterpriseKeyFor('u1', 'ent_91410000')).toBe('ent:ent_91410000')
    expect(enterpriseKeyFor('u1', null)).toBe('user:u1')
    expect(enterpriseKeyFor('u2', 'ent_91410000')).toBe(enterpriseKeyFor('u3', 'ent_91410000'))
  })
  it('admits only verified enterprises to restricted sessions', () => {
    expect(audienceAllows('everyone', false)).toBe(true)
    expect(audienceAllows('verified_enterprises', false)).toBe(false)
    expect(audienceAllows('verified_enterprises', true)).toBe(true)
  })
})

describe('waiting-list order', () => {
  it('orders arrivals by instant, then by arrival within the process, as plain text', () => {
    const next = createArrivalKeys('p1')
    const sameInstant = at('2026-11-25T02:00:00Z')
    const keys = Array.from({ length: 1200 }, () => next(sameInstant))
    expect([...keys].sort()).toEqual(keys)
    expect(new Set(keys).size).toBe(1200)
    const later = next(at('2026-11-25T02:00:00.001Z'))
    expect(later > keys[keys.length - 1]!).toBe(true)
    // Another process never produces the same key.
    expect(createArrivalKeys('p2')(sameInstant)).not.toBe(createArrivalKeys('p1')(sameInstant))
  })
})

describe('seat partition', () => {
  it('holds when confirmed + held + free = capacity with no negative part', () => {
    expect(isPartition({ capacity: 100, confirmed: 97, held: 2, free: 1 })).toBe(true)
    expect(isPartition({ capacity: 100, confirmed: 98, held: 2, free: 1 })).toBe(false)
    expect(isPartition({ capacity: 100, confirmed: 101, held: 0, free: -1 })).toBe(false)
  })
  it('lets capacity shrink only down to the seats already taken', () => {
    expect(capacityChange({ capacity: 100, free: 10 }, 95)).toEqual({ delta: -5, allowed: true })
    expect(capacityChange({ capacity: 100, free: 10 }, 90)).toEqual({ delta: -10, allowed: true })
    expect(capacityChange({ capacity: 100, free: 10 }, 89)).toEqual({ delta: -11, allowed: false })
    expect(capacityChange({ capacity: 100, free: 0 }, 120)).toEqual({ delta: 20, allowed: true })
  })
})
