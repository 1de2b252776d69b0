import { officialYearRecords } from './calendar-store'
import { isWorkingDay, missingYears, workingCalendarOf } from './working-calendar'
import { addWorkingMinutes, workingMinutesBetween } from './working-hours'

const CAL = workingCalendarOf(officialYearRecords(new Date('2026-11-25T00:00:00Z')))

const at = (iso: string) => new Date(iso)
const H = 60

describe('working-hours clock (Asia/Shanghai, 09:00–18:00, 2026 holidays)', () => {
  it('knows weekends, holidays and 调休 working days', () => {
    expect(isWorkingDay(CAL, '2026-11-27')).toBe(true) // Friday
    expect(isWorkingDay(CAL, '2026-11-28')).toBe(false) // Saturday
    expect(isWorkingDay(CAL, '2026-10-01')).toBe(false) // National Day
    expect(isWorkingDay(CAL, '2026-10-10')).toBe(true) // Saturday make-up day
    expect(isWorkingDay(CAL, '2026-09-20')).toBe(true) // Sunday make-up day
  })

  it('adds within one day', () => {
    // Wed 2026-11-25 10:00 Shanghai = 02:00Z; +4h = 14:00 Shanghai
    expect(addWorkingMinutes(CAL, at('2026-11-25T02:00:00.000Z'), 4 * H).toISOString()).toBe('2026-11-25T06:00:00.000Z')
  })

  it('starts counting at 09:00 when submitted before hours', () => {
    // Wed 07:30 Shanghai → 09:00 + 1h = 10:00
    expect(addWorkingMinutes(CAL, at('2026-11-24T23:30:00.000Z'), H).toISOString()).toBe('2026-11-25T02:00:00.000Z')
  })

  it('skips a weekend', () => {
    // Fri 2026-11-27 17:00 Shanghai + 2h → Mon 11-30 10:00 Shanghai
    expect(addWorkingMinutes(CAL, at('2026-11-27T09:00:00.000Z'), 2 * H).toISOString()).toBe('2026-11-30T02:00:00.000Z')
    // Sat 20:00 + 24h: Mon 9h + Tue 9h + Wed 6h → Wed 15:00
    expect(addWorkingMinutes(CAL, at('2026-11-28T12:00:00.000Z'), 24 * H).toISOString()).toBe('2026-12-02T07:00:00.000Z')
  })

  it('skips the National Day holiday and counts the 调休 Saturday', () => {
    // Wed 2026-09-30 17:00 + 2h → Thu 10-08 10:00
    expect(addWorkingMinutes(CAL, at('2026-09-30T09:00:00.000Z'), 2 * H).toISOString()).toBe('2026-10-08T02:00:00.000Z')
    // Fri 2026-10-09 17:00 + 2h → Sat 10-10 10:00 (make-up working day)
    expect(addWorkingMinutes(CAL, at('2026-10-09T09:00:00.000Z'), 2 * H).toISOString()).toBe('2026-10-10T02:00:00.000Z')
    // Sat 10-10 17:00 + 2h → Mon 10-12 10:00 (Sunday off)
    expect(addWorkingMinutes(CAL, at('2026-10-10T09:00:00.000Z'), 2 * H).toISOString()).toBe('2026-10-12T02:00:00.000Z')
  })

  it('trade-fair 4 hours from Friday afternoon land on Monday morning', () => {
    // Fri 2026-11-27 16:00 + 4h → Mon 11:00
    expect(addWorkingMinutes(CAL, at('2026-11-27T08:00:00.000Z'), 4 * H).toISOString()).toBe('2026-11-30T03:00:00.000Z')
  })

  it('measures working minutes between instants across a weekend and a holiday', () => {
    expect(workingMinutesBetween(CAL, at('2026-11-27T09:00:00.000Z'), at('2026-11-30T02:00:00.000Z'))).toBe(2 * H)
    expect(workingMinutesBetween(CAL, at('2026-09-30T09:00:00.000Z'), at('2026-10-10T02:00:00.000Z'))).toBe(H + 9 * H * 2 + H)
    expect(workingMinutesBetween(CAL, at('2026-11-30T02:00:00.000Z'), at('2026-11-27T09:00:00.000Z'))).toBe(0)
  })

  it('is the inverse of adding', () => {
    const start = at('2026-02-13T08:00:00.000Z') // Fri before Spring Festival, 16:00
    const due = addWorkingMinutes(CAL, start, 24 * H)
    // Sat 02-14 is a make-up day; 02-15..23 off; so: Fri 2h + Sat 9h + Tue 02-24 9h + Wed 4h → 13:00
    expect(due.toISOString()).toBe('2026-02-25T05:00:00.000Z')
    expect(workingMinutesBetween(CAL, start, due)).toBe(24 * H)
  })

  it('counts 2025 from its own notice', () => {
    expect(isWorkingDay(CAL, '2025-10-08')).toBe(false) // National Day and Mid-Autumn, 8 days
    expect(isWorkingDay(CAL, '2025-10-11')).toBe(true) // Saturday make-up day
    expect(isWorkingDay(CAL, '2025-01-02')).toBe(true) // New Year 2025 was one day only
  })
})

describe('working-hours clock across the turn of the year', () => {
  const friday17 = at('2026-12-31T09:00:00.000Z') // Thu 2026-12-31 17:00 Shanghai

  it('without a 2027 calendar counts weekends only, and says that 2027 is missing', () => {
    expect(missingYears(CAL, at('2026-12-01T00:00:00.000Z'), 60)).toEqual([2027])
    expect(missingYears(CAL, at('2026-10-01T00:00:00.000Z'), 60)).toEqual([])
    expect(isWorkingDay(CAL, '2027-01-01')).toBe(true) // a Friday; no data says otherwise
    expect(addWorkingMinutes(CAL, friday17, 2 * H).toISOString()).toBe('2027-01-01T02:00:00.000Z')
    expect(workingMinutesBetween(CAL, friday17, at('2027-01-04T02:00:00.000Z'))).toBe(H + 9 * H + H)
  })

  it('with a 2027 year entered by staff skips its New Year holiday', () => {
    // A year as staff would enter it. Hypothetical dates for the test: not the official 2027 notice.
    const withNext = workingCalendarOf([...officialYearRecords(new Date()), { year: 2027, holidays: ['2027-01-01'], makeupWorkdays: [] }])
    expect(missingYears(withNext, at('2026-12-01T00:00:00.000Z'), 60)).toEqual([])
    expect(addWorkingMinutes(withNext, friday17, 2 * H).toISOString()).toBe('2027-01-04T02:00:00.000Z')
    expect(workingMinutesBetween(withNext, friday17, at('2027-01-04T02:00:00.000Z'))).toBe(H + H)
  })

  it('a year with no data at all is weekends-only, never an error', () => {
    const empty = workingCalendarOf([])
    expect(isWorkingDay(empty, '2026-10-01')).toBe(true) // a Thursday: without data, no holiday is known
    expect(isWorkingDay(empty, '2026-10-10')).toBe(false) // a Saturday
    expect(missingYears(empty, at('2026-12-15T00:00:00.000Z'), 60)).toEqual([2026, 2027])
  })
})
