import { formatShanghai } from '../time'
import { addDays, addMonths, isWeekend, lastDayOf, lastMomentOf } from './period-arithmetic'

describe('calendar arithmetic on office dates', () => {
  it('months end on the same calendar date, or the last day of a shorter month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28')
    expect(addMonths('2026-08-31', 1)).toBe('2026-09-30')
    expect(addMonths('2026-03-15', 3)).toBe('2026-06-15')
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28')
    expect(addMonths('2026-12-10', 2)).toBe('2027-02-10')
  })

  it('counts leap years: 31 Jan 2028 + 1 month is 29 Feb; 29 Feb + 12 months is 28 Feb', () => {
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29')
    expect(addMonths('2028-02-29', 12)).toBe('2029-02-28')
    expect(addMonths('2027-02-28', 12)).toBe('2028-02-28')
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29')
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01')
  })

  it('counts calendar days: a 30-day period runs straight through a Chinese public holiday', () => {
    // Published 2026-09-20; National Day (1–7 Oct 2026) does not stop a foreign office's clock.
    expect(lastDayOf('2026-09-20', { amount: 30, unit: 'days' }, false)).toBe('2026-10-20')
    // Spring Festival 2026 (15–23 Feb) likewise.
    expect(lastDayOf('2026-02-01', { amount: 30, unit: 'days' }, false)).toBe('2026-03-03')
  })

  it('a period "beginning with" the trigger day ends the day before the corresponding date (UK)', () => {
    expect(lastDayOf('2010-09-24', { amount: 2, unit: 'months' }, true)).toBe('2010-11-23')
    expect(lastDayOf('2010-09-24', { amount: 2, unit: 'months' }, false)).toBe('2010-11-24')
  })

  it('flags Saturdays and Sundays, and only those', () => {
    expect(isWeekend('2026-11-28')).toBe(true) // Saturday
    expect(isWeekend('2026-11-29')).toBe(true) // Sunday
    expect(isWeekend('2026-11-30')).toBe(false)
    expect(isWeekend('2026-10-01')).toBe(false) // a Chinese holiday, not a weekend
  })

  it('ends the day at midnight in the office zone, daylight saving included, shown in Shanghai', () => {
    // New York in winter (UTC-5) and summer (UTC-4).
    expect(lastMomentOf('2026-12-20', 'America/New_York').toISOString()).toBe('2026-12-21T04:59:59.999Z')
    expect(lastMomentOf('2026-07-20', 'America/New_York').toISOString()).toBe('2026-07-21T03:59:59.999Z')
    expect(formatShanghai(lastMomentOf('2026-12-20', 'America/New_York'))).toBe('2026-12-21 12:59')
    // Tokyo is ahead of Shanghai: the office's day ends at 23:00 Shanghai time.
    expect(formatShanghai(lastMomentOf('2026-12-20', 'Asia/Tokyo'))).toBe('2026-12-20 22:59')
  })
})
