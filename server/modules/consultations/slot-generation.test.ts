import { DEFAULT_AVAILABILITY, type AvailabilityRules } from '../../../types/consultations/availability'
import { formatShanghai } from '../../../types/time'
import { findSlot, generateSlots, openingRanges, type CalendarView } from './slot-generation'
import { officialYearRecords } from '../calendar/calendar-store'
import { workingCalendarOf } from '../calendar/working-calendar'
import { calendarView } from './working-calendar'

const NO_HOLIDAYS: CalendarView = { isHoliday: () => false, isMakeupWorkday: () => false }
const rules = (overrides: Partial<AvailabilityRules> = {}): AvailabilityRules => ({
  ...DEFAULT_AVAILABILITY,
  weekly: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '09:00', end: '12:00' })),
  minNoticeHours: 0,
  horizonDays: 14,
  dailyCap: 10,
  ...overrides,
})
const local = (slots: { startAt: string }[]) => slots.map((s) => formatShanghai(s.startAt))

describe('generateSlots', () => {
  it('lays slots out in Shanghai hours and stores UTC instants', () => {
    // Monday 2026-11-23 07:00 Shanghai.
    const slots = generateSlots({ rules: rules(), now: new Date('2026-11-22T23:00:00Z'), calendar: NO_HOLIDAYS, busy: [], limit: 3 })
    expect(slots).toEqual([
      { startAt: '2026-11-23T01:00:00.000Z', endAt: '2026-11-23T02:00:00.000Z' },
      { startAt: '2026-11-23T02:00:00.000Z', endAt: '2026-11-23T03:00:00.000Z' },
      { startAt: '2026-11-23T03:00:00.000Z', endAt: '2026-11-23T04:00:00.000Z' },
    ])
  })

  it('puts the buffer between slots and around existing bookings', () => {
    const now = new Date('2026-11-22T23:00:00Z')
    const buffered = generateSlots({ rules: rules({ slotMinutes: 45, bufferMinutes: 15 }), now, calendar: NO_HOLIDAYS, busy: [], until: new Date('2026-11-23T04:00:00Z') })
    expect(local(buffered)).toEqual(['2026-11-23 09:00', '2026-11-23 10:00', '2026-11-23 11:00'])
    // A booking 09:45–10:15 (made under older settings) with a 30-minute buffer blocks the 09:00
    // slot (ends 15 minutes before it) and 10:00 (overlaps); 11:00 starts 45 minutes after it.
    const busy = [{ startAt: '2026-11-23T01:45:00.000Z', endAt: '2026-11-23T02:15:00.000Z' }]
    const around = generateSlots({ rules: rules({ slotMinutes: 30, bufferMinutes: 30 }), now, calendar: NO_HOLIDAYS, busy, until: new Date('2026-11-23T04:00:00Z') })
    expect(local(around)).toEqual(['2026-11-23 11:00'])
  })

  it('never offers a slot overlapping a confirmed booking', () => {
    const busy = [{ startAt: '2026-11-23T02:00:00.000Z', endAt: '2026-11-23T03:00:00.000Z' }]
    const slots = generateSlots({ rules: rules(), now: new Date('2026-11-22T23:00:00Z'), calendar: NO_HOLIDAYS, busy, until: new Date('2026-11-23T04:00:00Z') })
    expect(local(slots)).toEqual(['2026-11-23 09:00', '2026-11-23 11:00'])
  })

  it('honours minimum notice and the horizon', () => {
    const now = new Date('2026-11-23T01:30:00Z') // Monday 09:30 Shanghai
    const slots = generateSlots({ rules: rules({ minNoticeHours: 24, horizonDays: 3 }), now, calendar: NO_HOLIDAYS, busy: [] })
    expect(local(slots)[0]).toBe('2026-11-24 10:00')
    // Horizon ends Thursday 09:30: Thursday 09:00 is the last slot.
    expect(local(slots).at(-1)).toBe('2026-11-26 09:00')
  })

  it('closes a day at the daily cap', () => {
    const busy = [
      { startAt: '2026-11-23T01:00:00.000Z', endAt: '2026-11-23T02:00:00.000Z' },
      { startAt: '2026-11-23T03:00:00.000Z', endAt: '2026-11-23T04:00:00.000Z' },
    ]
    const slots = generateSlots({ rules: rules({ dailyCap: 2 }), now: new Date('2026-11-22T23:00:00Z'), calendar: NO_HOLIDAYS, busy, limit: 1 })
    expect(local(slots)).toEqual(['2026-11-24 09:00'])
  })

  it('crosses month and year ends on the Shanghai calendar', () => {
    // Saturday 2026-01-31 08:00 Shanghai = 00:00Z; weekend, so the first slot is Monday 2 February.
    const slots = generateSlots({ rules: rules(), now: new Date('2026-01-31T00:00:00Z'), calendar: NO_HOLIDAYS, busy: [], limit: 1 })
    expect(local(slots)).toEqual(['2026-02-02 09:00'])
    // Thursday 2026-12-31 16:30 Shanghai (08:30Z), rules 17:00–23:30 every day: the 23:00 slot is 15:00Z on the 31st,
    // and the next day's slot starts 2027-01-01 17:00 Shanghai.
    const evening = rules({ weekly: [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, start: '22:00', end: '23:30' })), slotMinutes: 60 })
    const crossing = generateSlots({ rules: evening, now: new Date('2026-12-31T08:30:00Z'), calendar: NO_HOLIDAYS, busy: [], limit: 2 })
    expect(crossing.map((s) => s.startAt)).toEqual(['2026-12-31T14:00:00.000Z', '2027-01-01T14:00:00.000Z'])
  })

  it('follows the working calendar: no weekly hours on holidays, Monday hours on make-up days', () => {
    const calendar = calendarView(workingCalendarOf(officialYearRecords(new Date('2026-09-30T04:00:00Z'))))
    // 2026-09-30 (Wed) 09:00 → National Day holiday 10-01..10-07, make-up Saturday 10-10.
    const slots = generateSlots({ rules: rules(), now: new Date('2026-09-30T04:00:00Z'), calendar, busy: [], until: new Date('2026-10-12T00:00:00Z') })
    const days = [...new Set(local(slots).map((s) => s.slice(0, 10)))]
    expect(days).toEqual(['2026-10-08', '2026-10-09', '2026-10-10'])
    expect(local(slots).filter((s) => s.startsWith('2026-10-10'))).toEqual(['2026-10-10 09:00', '2026-10-10 10:00', '2026-10-10 11:00'])
    // Opting out of the calendar keeps the weekly hours on holidays.
    const ignoring = generateSlots({ rules: rules({ followWorkingCalendar: false }), now: new Date('2026-09-30T04:00:00Z'), calendar, busy: [], until: new Date('2026-10-02T00:00:00Z') })
    expect(local(ignoring)[0]).toBe('2026-10-01 09:00')
  })

  it('applies days off and extra hours', () => {
    const withExceptions = rules({
      exceptions: [
        { kind: 'off', date: '2026-11-23' },
        { kind: 'extra', date: '2026-11-28', start: '10:00', end: '11:00' },
      ],
    })
    const now = new Date('2026-11-22T23:00:00Z')
    expect(openingRanges(withExceptions, '2026-11-23', NO_HOLIDAYS)).toEqual([])
    const slots = generateSlots({ rules: withExceptions, now, calendar: NO_HOLIDAYS, busy: [], until: new Date('2026-11-30T00:00:00Z') })
    expect(local(slots)[0]).toBe('2026-11-24 09:00')
    expect(local(slots)).toContain('2026-11-28 10:00')
  })

  it('findSlot accepts only a current free slot start', () => {
    const query = { rules: rules(), now: new Date('2026-11-22T23:00:00Z'), calendar: NO_HOLIDAYS, busy: [] }
    expect(findSlot(query, '2026-11-24T02:00:00.000Z')).toEqual({ startAt: '2026-11-24T02:00:00.000Z', endAt: '2026-11-24T03:00:00.000Z' })
    expect(findSlot(query, '2026-11-24T02:30:00.000Z')).toBeNull()
    expect(findSlot(query, '2026-11-22T02:00:00.000Z')).toBeNull()
  })
})
