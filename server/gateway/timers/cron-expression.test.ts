import { CronSyntaxError, parseCron } from './cron-expression'

// All instants are UTC; the schedule is read in Asia/Shanghai (UTC+8).
describe('WeChat 7-field cron', () => {
  it('reads hours in Asia/Shanghai: 02:00 Shanghai is 18:00 UTC the day before', () => {
    const monthly = parseCron('0 0 2 1 * * *')
    expect(monthly.matches(new Date('2026-11-30T18:00:00.000Z'))).toBe(true)
    expect(monthly.matches(new Date('2026-12-01T02:00:00.000Z'))).toBe(false)
  })

  it('supports steps from a start value and from *', () => {
    const everyFiveSeconds = parseCron('*/5 * * * * * *')
    expect(everyFiveSeconds.matches(new Date('2026-11-25T01:00:10.000Z'))).toBe(true)
    expect(everyFiveSeconds.matches(new Date('2026-11-25T01:00:11.000Z'))).toBe(false)
    const fromFirstMinute = parseCron('0 1/10 * * * * *')
    expect(fromFirstMinute.matches(new Date('2026-11-25T01:21:00.000Z'))).toBe(true)
    expect(fromFirstMinute.matches(new Date('2026-11-25T01:20:00.000Z'))).toBe(false)
  })

  it('treats weekday 0 as Sunday and accepts names, in Shanghai time', () => {
    // 2026-11-29 is a Sunday in Shanghai from 2026-11-28T16:00Z.
    const sundayNoon = parseCron('0 0 12 * * SUN *')
    expect(sundayNoon.matches(new Date('2026-11-29T04:00:00.000Z'))).toBe(true)
    expect(parseCron('0 0 12 * * 0 *').matches(new Date('2026-11-29T04:00:00.000Z'))).toBe(true)
    const weekdays = parseCron('0 15 10 * * MON-FRI *')
    expect(weekdays.matches(new Date('2026-11-27T02:15:00.000Z'))).toBe(true) // Friday 10:15
    expect(weekdays.matches(new Date('2026-11-28T02:15:00.000Z'))).toBe(false) // Saturday
  })

  it('combines a restricted day and a restricted weekday with OR', () => {
    const firstOrMonday = parseCron('0 0 9 1 * MON *')
    expect(firstOrMonday.matches(new Date('2026-12-01T01:00:00.000Z'))).toBe(true) // Tue 1 Dec
    expect(firstOrMonday.matches(new Date('2026-11-30T01:00:00.000Z'))).toBe(true) // Mon 30 Nov
    expect(firstOrMonday.matches(new Date('2026-12-02T01:00:00.000Z'))).toBe(false)
  })

  it('restricts by month and year', () => {
    const once = parseCron('0 30 8 25 NOV * 2026')
    expect(once.matches(new Date('2026-11-25T00:30:00.000Z'))).toBe(true)
    expect(once.matches(new Date('2027-11-25T00:30:00.000Z'))).toBe(false)
  })

  it('rejects malformed expressions with a reason', () => {
    expect(() => parseCron('0 0 2 1 * *')).toThrow(CronSyntaxError)
    expect(() => parseCron('60 * * * * * *')).toThrow(/second/)
    expect(() => parseCron('0 0 5-2 * * * *')).toThrow(/reversed/)
    expect(() => parseCron('0 */0 * * * * *')).toThrow(/step/)
    expect(() => parseCron('0 0 0 * FOO * *')).toThrow(/month/)
  })
})
