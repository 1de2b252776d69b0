import { currentPeriod, hours, percent, stepPeriod } from './period-step'

describe('dashboard period stepping', () => {
  it('starts at the current month, quarter or year of the Shanghai date', () => {
    expect(currentPeriod('month', '2026-11-29')).toEqual({ kind: 'month', year: 2026, month: 11 })
    expect(currentPeriod('quarter', '2026-11-29')).toEqual({ kind: 'quarter', year: 2026, quarter: 4 })
    expect(currentPeriod('year', '2026-01-01')).toEqual({ kind: 'year', year: 2026 })
  })

  it('steps across year boundaries', () => {
    expect(stepPeriod({ kind: 'month', year: 2026, month: 1 }, -1)).toEqual({ kind: 'month', year: 2025, month: 12 })
    expect(stepPeriod({ kind: 'month', year: 2025, month: 12 }, 1)).toEqual({ kind: 'month', year: 2026, month: 1 })
    expect(stepPeriod({ kind: 'quarter', year: 2026, quarter: 4 }, 1)).toEqual({ kind: 'quarter', year: 2027, quarter: 1 })
    expect(stepPeriod({ kind: 'year', year: 2026 }, -1)).toEqual({ kind: 'year', year: 2025 })
  })

  it('formats working minutes as hours and rates as percentages, with a dash for no data', () => {
    expect(hours(630)).toBe('10.5 小时')
    expect(hours(null)).toBe('—')
    expect(percent(0.988)).toBe('98.8%')
    expect(percent(2 / 3)).toBe('66.7%')
    expect(percent(null)).toBe('—')
  })
})
