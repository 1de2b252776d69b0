import type { ReportSla } from './records'
import type { ReportRecord } from './records'
import { officialYearRecords } from '../calendar/calendar-store'
import { workingCalendarOf } from '../calendar/working-calendar'
import { firstResponseFields, pauseSla, resolutionFields, resumeSla } from './sla-clock'

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
      // 09-30 17:00–18:00, 10-08 and 10-09 whole days, 10-10 09:00–09:30: 60 + 540 + 540 + 30.
      'sla.pausedWorkingMinutes': 1170,
      'sla.resolutionDueAt': '2026-10-10T03:30:00.000Z',
    })
  })

  it('moves the first-response target too while nobody has responded', () => {
    const paused: ReportSla = { ...sla, firstRespondedAt: null, pausedAt: '2026-11-27T07:00:00.000Z' } // Fri 15:00, 1 h left
    expect(resumeSla(CAL, paused, new Date('2026-11-30T01:00:00.000Z'))).toMatchObject({ 'sla.firstResponseDueAt': '2026-11-30T02:00:00.000Z' })
  })
})

describe('durations stored at the transition', () => {
  // Submitted Wed 2026-11-25 10:00 Shanghai.
  const report = { createdAt: '2026-11-25T02:00:00.000Z', sla: { ...sla, firstRespondedAt: null, pausedWorkingMinutes: 0 } } as ReportRecord

  it('first response: working minutes since submission, once', () => {
    // Thu 11-26 11:30: 8 h on Wednesday + 2.5 h on Thursday.
    expect(firstResponseFields(CAL, report, new Date('2026-11-26T03:30:00.000Z'))).toEqual({
      'sla.firstRespondedAt': '2026-11-26T03:30:00.000Z',
      'sla.firstResponseWorkingMinutes': 630,
    })
    expect(firstResponseFields(CAL, { ...report, sla: { ...report.sla, firstRespondedAt: '2026-11-25T03:00:00.000Z' } }, new Date())).toEqual({})
  })

  it('resolution: working minutes since submission minus every wait for the enterprise, the current one included', () => {
    // Earlier waits 100 min; paused since Fri 11-27 17:00, resolved Mon 11-30 10:00 (2 h more waiting).
    const paused = { ...report, sla: { ...report.sla, pausedWorkingMinutes: 100, pausedAt: '2026-11-27T09:00:00.000Z' } } as ReportRecord
    const fields = resolutionFields(CAL, paused, new Date('2026-11-30T02:00:00.000Z'))
    // Wed 480 + Thu 540 + Fri 540 + Mon 60 = 1620 elapsed; waits 100 + 120.
    expect(fields).toMatchObject({ 'sla.pausedAt': null, 'sla.pausedWorkingMinutes': 220, 'sla.resolutionWorkingMinutes': 1400 })
  })
})
