import * as z from 'zod'
import { dayjs, SHANGHAI } from '../time'

const year = z.number({ message: '请选择年份' }).int().min(2020, { message: '年份不能早于 2020 年' }).max(2100, { message: '年份无效' })
const date = z.string({ message: '请选择日期' }).regex(/^\d{4}-\d{2}-\d{2}$/, { message: '日期格式应为 YYYY-MM-DD' })

/** The dashboard's period, as staff pick it: calendar units in Asia/Shanghai, or a custom range of days. */
export const periodSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('month'), year, month: z.number().int().min(1).max(12, { message: '月份应为 1–12' }) }),
    z.object({ kind: z.literal('quarter'), year, quarter: z.number().int().min(1).max(4, { message: '季度应为 1–4' }) }),
    z.object({ kind: z.literal('year'), year }),
    z.object({ kind: z.literal('custom'), from: date, to: date }),
  ], { message: '请选择统计周期' })
  .refine((p) => p.kind !== 'custom' || p.from <= p.to, { message: '开始日期不能晚于结束日期', path: ['to'] })
  .refine((p) => p.kind !== 'custom' || dayjs(p.to).diff(dayjs(p.from), 'day') <= 3 * 366, { message: '自定义周期不能超过三年', path: ['to'] })

export type Period = z.infer<typeof periodSchema>

/** [from, to) as UTC instants, with the label people read. Boundaries are Shanghai midnights. */
export interface PeriodRange {
  from: string
  to: string
  label: string
}

export function periodRange(period: Period): PeriodRange {
  const start = (d: string) => dayjs.tz(d, SHANGHAI)
  switch (period.kind) {
    case 'month': {
      const from = start(`${period.year}-${String(period.month).padStart(2, '0')}-01`)
      return { from: from.toISOString(), to: from.add(1, 'month').toISOString(), label: `${period.year}年${period.month}月` }
    }
    case 'quarter': {
      const from = start(`${period.year}-${String((period.quarter - 1) * 3 + 1).padStart(2, '0')}-01`)
      return { from: from.toISOString(), to: from.add(3, 'month').toISOString(), label: `${period.year}年第${period.quarter}季度` }
    }
    case 'year': {
      const from = start(`${period.year}-01-01`)
      return { from: from.toISOString(), to: from.add(1, 'year').toISOString(), label: `${period.year}年` }
    }
    case 'custom':
      return { from: start(period.from).toISOString(), to: start(period.to).add(1, 'day').toISOString(), label: `${period.from} 至 ${period.to}` }
  }
}
