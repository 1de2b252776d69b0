import { calendarDaysLeft, countdownText } from '../../../types/deadlines/countdown'
import { computeLegalDeadline, isStale } from './compute-deadline'
import type { DeadlineRuleRecord } from './records'
import { SEED_DEADLINE_RULES } from './seed-rules'

const NOW = new Date('2026-11-25T02:00:00.000Z')

function rule(id: string): DeadlineRuleRecord {
  const seed = SEED_DEADLINE_RULES.find((r) => r.id === id)
  if (!seed) throw new Error(`no seed rule ${id}`)
  const { id: _id, ...fields } = seed
  return { _id: id, ...fields, revision: 1, createdAt: NOW.toISOString(), updatedAt: NOW.toISOString(), createdBy: null, updatedBy: null }
}

describe('legal deadline per rule family', () => {
  it('days from publication, with the furthest extension (USPTO opposition)', () => {
    const d = computeLegalDeadline(rule('dl_us_tm_opposition'), '2026-11-10', NOW)
    expect(d).toMatchObject({ lastDay: '2026-12-10', lastDayWithExtensions: '2027-05-09', endsOnWeekend: false, ruleRevision: 1, escalatedAt: null })
    expect(d.lastMomentAt).toBe('2026-12-11T04:59:59.999Z')
  })

  it('months from publication (EUIPO), month end clamped', () => {
    expect(computeLegalDeadline(rule('dl_eu_tm_opposition'), '2026-11-30', NOW).lastDay).toBe('2027-02-28')
  })

  it('months beginning with the publication day, extendable by notice (UKIPO)', () => {
    const d = computeLegalDeadline(rule('dl_gb_tm_opposition'), '2026-09-24', NOW)
    expect(d).toMatchObject({ lastDay: '2026-11-23', lastDayWithExtensions: '2026-12-23' })
  })

  it('after registration (JPO trademarks) and after grant (EPO, PGR, JPO patents)', () => {
    expect(computeLegalDeadline(rule('dl_jp_tm_opposition'), '2026-10-07', NOW).lastDay).toBe('2026-12-07')
    expect(computeLegalDeadline(rule('dl_ep_patent_opposition'), '2026-03-31', NOW).lastDay).toBe('2026-12-31')
    expect(computeLegalDeadline(rule('dl_us_patent_pgr'), '2026-05-31', NOW).lastDay).toBe('2027-02-28')
    expect(computeLegalDeadline(rule('dl_jp_patent_opposition'), '2026-08-31', NOW).lastDay).toBe('2027-02-28')
  })

  it('short day periods (KIPO 30 days) shown as ending on a weekend when they do', () => {
    const d = computeLegalDeadline(rule('dl_kr_tm_opposition'), '2026-10-29', NOW)
    expect(d).toMatchObject({ lastDay: '2026-11-28', endsOnWeekend: true })
  })

  it('an office without the procedure gets no date, only the note (Russia)', () => {
    const d = computeLegalDeadline(rule('dl_ru_tm_opposition'), '2026-11-01', NOW)
    expect(d).toMatchObject({ lastDay: null, lastMomentAt: null, lastDayWithExtensions: null, endsOnWeekend: false })
    expect(d.note).toMatch(/没有注册前异议程序/)
  })

  it('every seeded rule names a source and an office zone the tz database knows', () => {
    for (const seed of SEED_DEADLINE_RULES) {
      expect(seed.sourceCitation.length).toBeGreaterThan(5)
      expect(() => new Intl.DateTimeFormat('en', { timeZone: seed.timeZone })).not.toThrow()
      if (seed.confidence !== 'low') expect(seed.verifiedOn).not.toBeNull()
    }
  })
})

describe('staleness and countdown', () => {
  it('a rule never verified, or verified over 12 months ago, is stale', () => {
    expect(isStale(null, NOW)).toBe(true)
    expect(isStale('2025-11-24', NOW)).toBe(true)
    expect(isStale('2025-11-25', NOW)).toBe(false)
    expect(isStale('2026-11-29', NOW)).toBe(false)
  })

  it('counts whole days in the office zone: 0 on the last day, negative after', () => {
    // 2026-11-25T02:00Z is still 24 Nov in New York.
    expect(calendarDaysLeft('2026-12-10', 'America/New_York', NOW)).toBe(16)
    expect(calendarDaysLeft('2026-11-24', 'America/New_York', NOW)).toBe(0)
    expect(countdownText('2026-11-24', 'America/New_York', NOW)).toBe('今天是最后一天')
    expect(countdownText('2026-11-22', 'America/New_York', NOW)).toBe('已过期 2 天')
    expect(countdownText('2026-11-26', 'Asia/Tokyo', NOW)).toBe('还剩 1 天')
  })
})
