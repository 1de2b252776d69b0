import { getWorkingCalendar, previewHolidayNotice, saveCalendarYear } from '../../types/calendar/contracts'
import { submitReport } from '../../types/reports/contracts'
import { startHarness, type GatewayHarness } from '../../tests/support/gateway-harness'
import { OFFICIAL_NOTICES } from '../modules/calendar/official-notices'
import { ADMIN, EXPERT, LIAISON, STAFF, reportInput } from '../modules/reports/testing/reports-fixture'

let h: GatewayHarness
beforeEach(async () => {
  h = await startHarness({ now: '2026-12-31T09:00:00.000Z' }) // Thu 17:00 in Shanghai
})
afterEach(() => h.close())

// Hypothetical 2027 dates, as staff might type them in a test: NOT the official 2027 arrangement.
const year2027 = { year: 2027, holidays: ['2027-01-01'], makeupWorkdays: [], source: { kind: 'manual', title: null }, expectedVersion: null }

describe('working calendar maintained by staff', () => {
  it('starts with the official years and warns that 2027 is reached within 60 days without a calendar', async () => {
    const calendar = await h.ok(getWorkingCalendar, {}, STAFF)
    expect(calendar.years.map((y) => [y.year, y.source.kind])).toEqual([
      [2025, 'official'],
      [2026, 'official'],
    ])
    expect(calendar.missingSoon).toEqual([2027])
    // Without 2027 the SLA clock counts New Year's Day as a working day: Thu 1 h + Fri 9 h + Mon 9 h + Tue 5 h.
    const report = await h.ok(submitReport, reportInput({ serviceType: 'dispute_response', urgency: 'normal', deadline: null }), LIAISON)
    expect(report.sla.firstResponseDueAt).toBe('2027-01-05T06:00:00.000Z')
  })

  it('imports a notice: preview shows the dates and problems, saving fills the year and the SLA clock uses it', async () => {
    const preview = await h.ok(previewHolidayNotice, { year: 2026, text: OFFICIAL_NOTICES[1]?.text ?? '' }, STAFF)
    expect(preview.problems).toEqual([])
    expect(preview.makeupWorkdays).toContain('2026-10-10')
    const bad = await h.ok(previewHolidayNotice, { year: 2027, text: '一、元旦：1月1日至3日放假，共4天。' }, STAFF)
    expect(bad.problems).toEqual(['元旦：写明共4天，但日期范围是3天'])

    const saved = await h.ok(saveCalendarYear, year2027, ADMIN)
    expect(saved).toMatchObject({ year: 2027, version: 1, holidays: ['2027-01-01'] })
    expect((await h.ok(getWorkingCalendar, {}, STAFF)).missingSoon).toEqual([])
    // Thu 1 h, Fri 2027-01-01 off, Mon 9 h, Tue 9 h, Wed 5 h → Wed 14:00 Shanghai.
    const report = await h.ok(submitReport, reportInput({ serviceType: 'dispute_response', urgency: 'normal', deadline: null }), LIAISON)
    expect(report.sla.firstResponseDueAt).toBe('2027-01-06T06:00:00.000Z')
  })

  it('refuses dates of another year, weekday make-up days, stale edits and a second creation of a year', async () => {
    expect(await h.call(saveCalendarYear, { ...year2027, holidays: ['2026-12-31'] }, STAFF)).toMatchObject({
      ok: false,
      code: 'VALIDATION_FAILED',
      message: '2026-12-31 不属于 2027 年，请在对应年份中填写',
    })
    expect(await h.call(saveCalendarYear, { ...year2027, makeupWorkdays: ['2027-01-04'] }, STAFF)).toMatchObject({
      ok: false,
      code: 'VALIDATION_FAILED',
      message: '2027-01-04 不是周末，不能作为调休上班日',
    })
    expect(await h.call(saveCalendarYear, { ...year2027, holidays: ['2027-02-30'] }, STAFF)).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' })

    const both = await Promise.all([h.call(saveCalendarYear, year2027, STAFF), h.call(saveCalendarYear, year2027, ADMIN)])
    expect(both.map((r) => (r.ok ? 'ok' : r.code)).sort()).toEqual(['CONFLICT', 'ok'])

    const edit = { ...year2027, holidays: ['2027-01-01', '2027-02-05'], expectedVersion: 1 }
    const edits = await Promise.all([h.call(saveCalendarYear, edit, STAFF), h.call(saveCalendarYear, edit, ADMIN)])
    expect(edits.map((r) => (r.ok ? 'ok' : r.code)).sort()).toEqual(['CONFLICT', 'ok'])
    expect((await h.ok(getWorkingCalendar, {}, STAFF)).years.find((y) => y.year === 2027)).toMatchObject({ version: 2, holidays: ['2027-01-01', '2027-02-05'] })

    // Editing an official year keeps its id and bumps its version.
    const official = await h.ok(saveCalendarYear, { year: 2026, holidays: ['2026-01-01'], makeupWorkdays: [], source: { kind: 'manual', title: null }, expectedVersion: 1 }, STAFF)
    expect(official).toMatchObject({ version: 2, source: { kind: 'manual' } })
  })

  it('is for staff only', async () => {
    for (const who of [LIAISON, EXPERT]) {
      expect(await h.call(getWorkingCalendar, {}, who)).toMatchObject({ ok: false, code: 'FORBIDDEN' })
      expect(await h.call(saveCalendarYear, year2027, who)).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    }
    expect(await h.call(previewHolidayNotice, { year: 2027, text: 'x' }, null)).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' })
  })
})
