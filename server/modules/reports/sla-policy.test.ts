import { resumeSla } from './sla-clock'
import { firstResponseDue } from './sla-policy'
import type { ReportSla } from './records'
import { officialYearRecords } from '../calendar/calendar-store'
import { workingCalendarOf } from '../calendar/working-calendar'

const CAL = workingCalendarOf(officialYearRecords(new Date('2026-11-25T00:00:00Z')))

// Fri 2026-11-27 17:00 Shanghai.
const fridayFive = new Date('2026-11-27T09:00:00.000Z')

describe('first-response targets', () => {
  it('takes the earliest of the service target and the urgency target', () => {
    expect(firstResponseDue(CAL, fridayFive, 'dispute_response', 'normal')).toEqual({ dueAt: new Date('2026-12-02T06:00:00.000Z'), clock: 'working' })
    // 2 working hours from Friday 17:00: one hour Friday, one hour Monday morning.
    expect(firstResponseDue(CAL, fridayFive, 'dispute_response', 'critical')).toEqual({ dueAt: new Date('2026-11-30T02:00:00.000Z'), clock: 'working' })
    expect(firstResponseDue(CAL, fridayFive, 'trade_fair', 'normal')).toEqual({ dueAt: new Date('2026-11-27T13:00:00.000Z'), clock: 'calendar' })
    expect(firstResponseDue(CAL, fridayFive, 'trade_fair', 'critical').clock).toBe('calendar')
  })
})

describe('resuming a paused running clock', () => {
  it('keeps the elapsed time left across a weekend instead of counting office hours', () => {
    const sla: ReportSla = {
      firstResponseDueAt: '2026-11-27T13:00:00.000Z',
      firstResponseClock: 'calendar',
      resolutionDueAt: '2026-12-02T09:00:00.000Z',
      firstRespondedAt: null,
      pausedAt: '2026-11-27T10:00:00.000Z',
      firstResponseBreachedAt: null,
      resolutionBreachedAt: null,
    }
    const resumed = resumeSla(CAL, sla, new Date('2026-11-28T02:00:00.000Z'))
    expect(resumed['sla.firstResponseDueAt']).toBe('2026-11-28T05:00:00.000Z')
  })
})
