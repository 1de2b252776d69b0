import * as z from 'zod'
import { ipTypeSchema } from '../catalog/ip-types'
import { regionCodeSchema } from '../catalog/regions'
import { serviceTypeSchema } from '../catalog/service-types'
import { idSchema } from '../common'
import { uniqueListSchema } from '../validation/unique-list'

/** Who gives a consultation: an expert of the pool or a designated agency (through its linked account). */
export const PROVIDER_KINDS = ['expert', 'agency'] as const
export const providerKindSchema = z.enum(PROVIDER_KINDS, { message: '请选择专家或机构' })
export type ProviderKind = z.infer<typeof providerKindSchema>
export const providerRefSchema = z.object({ kind: providerKindSchema, id: idSchema })
export type ProviderRef = z.infer<typeof providerRefSchema>

export const CONSULTATION_MODES = ['onsite', 'phone', 'video'] as const
export const consultationModeSchema = z.enum(CONSULTATION_MODES, { message: '请选择咨询方式' })
export type ConsultationMode = z.infer<typeof consultationModeSchema>
export const CONSULTATION_MODE_LABELS: Record<ConsultationMode, string> = { onsite: '到机构面谈', phone: '电话咨询', video: '视频会议' }

/** Asia/Shanghai wall-clock time "HH:mm". */
export const timeOfDaySchema = z.string({ message: '请填写时间' }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: '时间格式应为 HH:mm，如 09:30' })
export const calendarDateSchema = z.string({ message: '请选择日期' }).regex(/^\d{4}-\d{2}-\d{2}$/, { message: '日期格式应为 YYYY-MM-DD' })

const rangeOk = (r: { start: string; end: string }) => r.start < r.end
const RANGE_MESSAGE = { message: '结束时间应晚于开始时间', path: ['end'] }

/** One weekly opening: weekday 0 = Sunday … 6 = Saturday, Shanghai time. */
export const weeklyRuleSchema = z
  .object({ weekday: z.number().int().min(0).max(6), start: timeOfDaySchema, end: timeOfDaySchema })
  .refine(rangeOk, RANGE_MESSAGE)
export type WeeklyRule = z.infer<typeof weeklyRuleSchema>

/** A day off (no slots that day) or extra hours on one date (added to the weekly ones). */
export const availabilityExceptionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('off'), date: calendarDateSchema }),
  z.object({ kind: z.literal('extra'), date: calendarDateSchema, start: timeOfDaySchema, end: timeOfDaySchema }).refine(rangeOk, RANGE_MESSAGE),
])
export type AvailabilityException = z.infer<typeof availabilityExceptionSchema>

const intIn = (label: string, min: number, max: number) =>
  z
    .number({ message: `请填写${label}` })
    .int({ message: `${label}请填写整数` })
    .min(min, { message: `${label}不能小于 ${min}` })
    .max(max, { message: `${label}不能大于 ${max}` })

/** What a provider sets (or staff on their behalf). */
export const availabilityRulesSchema = z.object({
  /** Accepting new bookings; existing ones stay when turned off. */
  open: z.boolean(),
  weekly: z.array(weeklyRuleSchema).max(42, { message: '每周时段最多 42 段' }),
  exceptions: z.array(availabilityExceptionSchema).max(120, { message: '例外日期最多 120 条' }),
  /** Public holidays give no weekly slots; 调休 make-up working days use the Monday hours. */
  followWorkingCalendar: z.boolean(),
  slotMinutes: intIn('每次咨询时长（分钟）', 15, 240),
  bufferMinutes: intIn('两次咨询间隔（分钟）', 0, 120),
  minNoticeHours: intIn('最少提前预约小时数', 0, 720),
  horizonDays: intIn('可预约天数', 1, 90),
  dailyCap: intIn('每天最多预约数', 1, 20),
  modes: uniqueListSchema(consultationModeSchema, '咨询方式', 3, 1),
  meetingLink: z.string().trim().url({ message: '会议链接格式不正确' }).max(300).nullable(),
  topics: uniqueListSchema(serviceTypeSchema, '咨询主题', 5, 1),
  ipTypes: uniqueListSchema(ipTypeSchema, '知识产权类型', 10, 1),
  /** Empty: every country. */
  countries: uniqueListSchema(regionCodeSchema, '国家/地区', 60),
})
export type AvailabilityRules = z.infer<typeof availabilityRulesSchema>

export const DEFAULT_AVAILABILITY: AvailabilityRules = {
  open: true,
  weekly: [1, 2, 3, 4, 5].flatMap((weekday) => [
    { weekday, start: '09:00', end: '12:00' },
    { weekday, start: '14:00', end: '17:00' },
  ]),
  exceptions: [],
  followWorkingCalendar: true,
  slotMinutes: 60,
  bufferMinutes: 0,
  minNoticeHours: 24,
  horizonDays: 30,
  dailyCap: 4,
  modes: ['phone'],
  meetingLink: null,
  topics: ['dispute_response'],
  ipTypes: ['trademark'],
  countries: [],
}
