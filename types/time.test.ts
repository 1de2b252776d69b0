import { formatShanghai } from './time'

describe('formatShanghai', () => {
  it('shows a UTC instant in Shanghai time (UTC+8), across the date line', () => {
    expect(formatShanghai('2026-11-25T17:30:00.000Z')).toBe('2026-11-26 01:30')
  })

  it('takes a custom format', () => {
    expect(formatShanghai('2026-01-01T00:00:00.000Z', 'YYYY年M月D日 HH:mm')).toBe('2026年1月1日 08:00')
  })

  it('returns an empty string for an invalid instant instead of "Invalid Date"', () => {
    expect(formatShanghai('not a date')).toBe('')
  })
})
