import type { LegalDeadline } from '../../../types/deadlines/schemas'
import { tightenForLegalDeadline } from './deadline-sla'
import { officialYearRecords } from '../calendar/calendar-store'
import { workingCalendarOf } from '../calendar/working-calendar'
import { addWorkingMinutes as addOnCalendar } from '../calendar/working-hours'

const CALENDAR = workingCalendarOf(officialYearRecords(new Date('2026-11-25T00:00:00Z')))
const addWorkingMinutes = (from: Date, minutes: number) => addOnCalendar(CALENDAR, from, minutes)

// Wednesday 2026-11-25 10:00 Shanghai.
const NOW = new Date('2026-11-25T02:00:00.000Z')
const plus = (hours: number) => new Date(NOW.getTime() + hours * 3600_000)
const due = { firstResponseDueAt: plus(48), resolutionDueAt: plus(24 * 30) }

function deadline(lastDay: string, lastMomentAt: string): LegalDeadline {
  return {
    ruleId: 'dl_x', ruleRevision: 1, office: 'X', officeName: 'X', procedure: 'trademark_opposition', trigger: 'application_published',
    triggerDate: '2026-11-01', period: { amount: 30, unit: 'days' }, countsTriggerDay: false, extension: null, maxWithExtensions: null,
    timeZone: 'Asia/Shanghai', lastDay, lastMomentAt, lastDayWithExtensions: null, endsOnWeekend: false, note: null, sourceUrl: null,
    sourceCitation: 'x', verifiedOn: null, confidence: 'low', computedAt: NOW.toISOString(), escalatedAt: null,
  }
}

describe('SLA tightening near a legal deadline', () => {
  it('leaves targets alone without a deadline or a date', () => {
    expect(tightenForLegalDeadline(due, null, NOW, addWorkingMinutes)).toEqual(due)
    expect(tightenForLegalDeadline(due, { ...deadline('2026-12-01', '2026-12-01T15:59:59.999Z'), lastDay: null, lastMomentAt: null }, NOW, addWorkingMinutes)).toEqual(due)
  })

  it('fewer than 10 calendar days left: first response within 4 working hours', () => {
    const result = tightenForLegalDeadline(due, deadline('2026-12-04', '2026-12-04T15:59:59.999Z'), NOW, addWorkingMinutes)
    expect(result.firstResponseDueAt.toISOString()).toBe('2026-11-25T06:00:00.000Z') // 14:00 Shanghai
    expect(result.resolutionDueAt.toISOString()).toBe('2026-12-04T15:59:59.999Z')
  })

  it('10 or more days left: only capped at the last moment', () => {
    const result = tightenForLegalDeadline(due, deadline('2026-12-05', '2026-12-05T15:59:59.999Z'), NOW, addWorkingMinutes)
    expect(result.firstResponseDueAt).toEqual(due.firstResponseDueAt)
    expect(result.resolutionDueAt.toISOString()).toBe('2026-12-05T15:59:59.999Z')
  })

  it('never loosens a tighter target set by another rule (e.g. urgency)', () => {
    const tight = { firstResponseDueAt: plus(1), resolutionDueAt: plus(5) }
    expect(tightenForLegalDeadline(tight, deadline('2026-11-27', '2026-11-27T15:59:59.999Z'), NOW, addWorkingMinutes)).toEqual(tight)
  })

  it('a deadline already passed tightens the first response but sets nothing in the past', () => {
    const result = tightenForLegalDeadline(due, deadline('2026-11-20', '2026-11-20T15:59:59.999Z'), NOW, addWorkingMinutes)
    expect(result.firstResponseDueAt.toISOString()).toBe('2026-11-25T06:00:00.000Z')
    expect(result.resolutionDueAt).toEqual(due.resolutionDueAt)
  })
})
