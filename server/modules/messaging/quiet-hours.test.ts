import { deferForQuietHours, isQuietTime } from './quiet-hours'
import { retryDelayMs } from './retry-policy'

// Asia/Shanghai is UTC+8: 22:00 Shanghai = 14:00Z, 08:00 Shanghai = 00:00Z.
const at = (iso: string) => new Date(iso)
const deferred = (iso: string, urgent = false) => deferForQuietHours(at(iso), urgent).toISOString()

describe('quiet hours 22:00–08:00 Asia/Shanghai', () => {
  it('is quiet from 22:00 inclusive to 08:00 exclusive, Shanghai time', () => {
    expect(isQuietTime(at('2026-11-25T13:59:59.000Z'))).toBe(false) // 21:59:59
    expect(isQuietTime(at('2026-11-25T14:00:00.000Z'))).toBe(true) // 22:00
    expect(isQuietTime(at('2026-11-25T23:59:59.000Z'))).toBe(true) // 07:59:59 next day
    expect(isQuietTime(at('2026-11-26T00:00:00.000Z'))).toBe(false) // 08:00
  })

  it('defers an evening message to 08:00 the next morning', () => {
    expect(deferred('2026-11-25T14:00:00.000Z')).toBe('2026-11-26T00:00:00.000Z') // 22:00 → 08:00
    expect(deferred('2026-11-25T15:59:00.000Z')).toBe('2026-11-26T00:00:00.000Z') // 23:59
  })

  it('defers an early-morning message to 08:00 the same morning (UTC date is still the day before)', () => {
    expect(deferred('2026-11-25T16:00:00.000Z')).toBe('2026-11-26T00:00:00.000Z') // 00:00 Shanghai
    expect(deferred('2026-11-25T22:30:00.000Z')).toBe('2026-11-26T00:00:00.000Z') // 06:30
  })

  it('leaves daytime messages alone, and across month and year ends', () => {
    expect(deferred('2026-11-25T02:00:00.000Z')).toBe('2026-11-25T02:00:00.000Z') // 10:00
    expect(deferred('2026-12-31T15:00:00.000Z')).toBe('2027-01-01T00:00:00.000Z') // 23:00 on 31 Dec
  })

  it('never defers urgent messages', () => {
    expect(deferred('2026-11-25T15:00:00.000Z', true)).toBe('2026-11-25T15:00:00.000Z')
  })

  it('supports a daytime window too', () => {
    const lunch = { startHour: 12, endHour: 14 }
    expect(deferForQuietHours(at('2026-11-25T04:30:00.000Z'), false, lunch).toISOString()).toBe('2026-11-25T06:00:00.000Z')
    expect(isQuietTime(at('2026-11-25T06:00:00.000Z'), lunch)).toBe(false)
  })
})

describe('retry backoff', () => {
  it('doubles from one minute and caps at one hour', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((n) => retryDelayMs(n) / 60_000)).toEqual([1, 2, 4, 8, 16, 32, 60, 60])
    expect(retryDelayMs(1000)).toBe(3_600_000)
  })
})
