import * as z from 'zod'
import { instantSchema } from '../common'

export const calendarDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: '日期格式应为 YYYY-MM-DD' })
export const calendarYearNumberSchema = z
  .number({ message: '请填写年份' })
  .int({ message: '年份应为整数' })
  .min(2000, { message: '年份不能早于 2000 年' })
  .max(2100, { message: '年份不能晚于 2100 年' })

export const calendarSourceSchema = z.object({
  /** notice: read from the State Council notice; manual: entered by staff; official: shipped with the app. */
  kind: z.enum(['official', 'notice', 'manual']),
  title: z.string().max(100).nullable(),
})

export const calendarYearSchema = z.object({
  year: z.number().int(),
  holidays: z.array(calendarDateSchema),
  makeupWorkdays: z.array(calendarDateSchema),
  source: calendarSourceSchema,
  version: z.number().int().min(1),
  updatedAt: instantSchema,
})
export type CalendarYearView = z.infer<typeof calendarYearSchema>

export const workingCalendarViewSchema = z.object({
  years: z.array(calendarYearSchema),
  /** Years reached within the next 60 days that have no calendar: holidays there count as working days. */
  missingSoon: z.array(z.number().int()),
})
export type WorkingCalendarView = z.infer<typeof workingCalendarViewSchema>

export const saveCalendarYearInputSchema = z.object({
  year: calendarYearNumberSchema,
  holidays: z.array(calendarDateSchema).min(1, { message: '请至少填写一个放假日' }).max(60),
  makeupWorkdays: z.array(calendarDateSchema).max(30),
  source: calendarSourceSchema.extend({ kind: z.enum(['notice', 'manual']) }),
  /** null: the year is new; otherwise the version the editor saw (a stale edit gets CONFLICT). */
  expectedVersion: z.number().int().min(1).nullable(),
})

export const noticePreviewSchema = z.object({
  holidays: z.array(calendarDateSchema),
  makeupWorkdays: z.array(calendarDateSchema),
  problems: z.array(z.string()),
})
