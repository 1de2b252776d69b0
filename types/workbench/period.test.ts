import { periodRange, periodSchema } from './period'

describe('dashboard periods (Asia/Shanghai boundaries)', () => {
  it('turns calendar units into UTC instants at Shanghai midnight', () => {
    expect(periodRange({ kind: 'month', year: 2026, month: 2 })).toEqual({ from: '2026-01-31T16:00:00.000Z', to: '2026-02-28T16:00:00.000Z', label: '2026年2月' })
    expect(periodRange({ kind: 'quarter', year: 2026, quarter: 4 })).toEqual({ from: '2026-09-30T16:00:00.000Z', to: '2026-12-31T16:00:00.000Z', label: '2026年第4季度' })
    expect(periodRange({ kind: 'year', year: 2025 })).toEqual({ from: '2024-12-31T16:00:00.000Z', to: '2025-12-31T16:00:00.000Z', label: '2025年' })
    expect(periodRange({ kind: 'custom', from: '2026-11-01', to: '2026-11-01' })).toEqual({ from: '2026-10-31T16:00:00.000Z', to: '2026-11-01T16:00:00.000Z', label: '2026-11-01 至 2026-11-01' })
  })

  it('refuses reversed, over-long and malformed periods with Chinese messages', () => {
    const reversed = periodSchema.safeParse({ kind: 'custom', from: '2026-11-02', to: '2026-11-01' })
    expect(reversed.success).toBe(false)
    expect(reversed.error?.issues[0].message).toBe('开始日期不能晚于结束日期')
    expect(periodSchema.safeParse({ kind: 'custom', from: '2020-01-01', to: '2026-01-01' }).error?.issues[0].message).toBe('自定义周期不能超过三年')
    expect(periodSchema.safeParse({ kind: 'month', year: 2026, month: 13 }).error?.issues[0].message).toBe('月份应为 1–12')
    expect(periodSchema.safeParse({ kind: 'week' }).success).toBe(false)
  })
})
