import type { ReportSla } from './records'
import { officialYearRecords } from '../calendar/calendar-store'
import { workingCalendarOf } from '../calendar/working-calendar'
import { pauseSla, resumeSla } from './sla-clock'

const CAL = workingCalendarOf(officialYearRecords(new Date('2026-11-25T00:00:00Z')))

const sla: ReportSla = {
  firstResponseDueAt: '2026-11-27T08:00:00.000Z',
  resolutionDueAt: '2026-12-09T02:00:00.000Z',
  firstRespondedAt: '2026-11-25T02:00:00.000Z',
  pausedAt: null,
  firstResponseBreachedAt: null,
  resolutionBreachedAt: null,
}

describe('SLA pause and resume', () => {
  it('pauses once', () => {
    expect(pauseSla(sla, new Date('2026-11-25T03:00:00.000Z'))).toEqual({ 'sla.pausedAt': '2026-11-25T03:00:00.000Z' })
    expect(pauseSla({ ...sla, pausedAt: '2026-11-25T03:00:00.000Z' }, new Date('2026-11-26T03:00:00.000Z'))).toEqual({})
    expect(resumeSla(CAL, sla, new Date())).toEqual({})
  })

  it('keeps the working time left: a wait over a weekend and a holiday adds no working time', () => {
    // Paused Wed 2026-09-30 17:00 Shanghai with 2 working hours left (due 10-08 10:00 after the holiday).
    const paused: ReportSla = { ...sla, pausedAt: '2026-09-30T09:00:00.000Z', resolutionDueAt: '2026-10-08T02:00:00.000Z' }
    // Answer on the make-up Saturday 10-10 at 09:30 → 2 h left → 11:30 the same day.
    expect(resumeSla(CAL, paused, new Date('2026-10-10T01:30:00.000Z'))).toEqual({
      'sla.pausedAt': null,
      'sla.resolutionDueAt': '2026-10-10T03:30:00.000Z',
    })
  })

  it('moves the first-response target too while nobody has responded', () => {
    const paused: ReportSla = { ...sla, firstRespondedAt: null, pausedAt: '2026-11-27T07:00:00.000Z' } // Fri 15:00, 1 h left
    expect(resumeSla(CAL, paused, new Date('2026-11-30T01:00:00.000Z'))).toMatchObject({ 'sla.firstResponseDueAt': '2026-11-30T02:00:00.000Z' })
  })
})
