import type { Period } from '../../../../types/workbench/period'

export type PeriodKind = 'month' | 'quarter' | 'year'

/** The current month, quarter or year in Shanghai, from a Shanghai calendar date `YYYY-MM-DD`. */
export function currentPeriod(kind: PeriodKind, today: string): Period {
  const year = Number(today.slice(0, 4))
  const month = Number(today.slice(5, 7))
  if (kind === 'month') return { kind, year, month }
  if (kind === 'quarter') return { kind, year, quarter: Math.ceil(month / 3) }
  return { kind, year }
}

/** The period before (-1) or after (+1) this one. Custom ranges do not step. */
export function stepPeriod(period: Period, delta: -1 | 1): Period {
  switch (period.kind) {
    case 'month': {
      const index = period.year * 12 + (period.month - 1) + delta
      return { kind: 'month', year: Math.floor(index / 12), month: (index % 12) + 1 }
    }
    case 'quarter': {
      const index = period.year * 4 + (period.quarter - 1) + delta
      return { kind: 'quarter', year: Math.floor(index / 4), quarter: (index % 4) + 1 }
    }
    case 'year':
      return { kind: 'year', year: period.year + delta }
    case 'custom':
      return period
  }
}

export const hours = (minutes: number | null) => (minutes === null ? '—' : `${(Math.round((minutes / 60) * 10) / 10).toFixed(1)} 小时`)
export const percent = (rate: number | null) => (rate === null ? '—' : `${(Math.round(rate * 1000) / 10).toFixed(1)}%`)
