import * as z from 'zod'
import { ipTypeSchema } from '../catalog/ip-types'
import { regionCodeSchema } from '../catalog/regions'
import { serviceTypeSchema } from '../catalog/service-types'
import { idSchema, instantSchema, textSchema } from '../common'
import { locationSchema } from '../directory/schemas'
import type { TemplateKey } from '../messaging/schemas'
import { optionalTextSchema } from '../validation/optional-text'
import { availabilityRulesSchema, consultationModeSchema, providerKindSchema, providerRefSchema } from './availability'
import { bookingStatusSchema, type BookingStatus } from './booking-status'

export { BOOKING_STATUSES, bookingStatusSchema, type BookingStatus } from './booking-status'
export const BOOKING_STATUS_LABELS: Record<BookingStatus, string> = {
  confirmed: '已预约',
  cancelled: '已取消',
  attended: '已完成',
  no_show: '未到场',
}

/** Open bookings an enterprise may hold at once, and how close to the start it may still change one. */
export const OPEN_BOOKING_LIMIT = 3
export const CHANGE_CUTOFF_HOURS = 2

/** The templates a liaison is asked to accept in the booking tap (one kind, at most 3). */
export const BOOKING_TEMPLATE_KEYS = ['consultation_booked', 'consultation_reminder', 'consultation_changed'] as const satisfies readonly TemplateKey[]

/** The refusal every loser of a slot race gets. */
export const SLOT_TAKEN_MESSAGE = '该时段已被预约，请选择其他时段'
export const DAY_FULL_MESSAGE = '该专家或机构当天的预约已满，请选择其他日期'

export const providerSummarySchema = z.object({
  kind: providerKindSchema,
  id: idSchema,
  name: z.string(),
  /** Title and affiliation of an expert, district of an agency. */
  subtitle: z.string(),
})
export type ProviderSummary = z.infer<typeof providerSummarySchema>

export const slotSchema = z.object({ startAt: instantSchema, endAt: instantSchema })
export type SlotView = z.infer<typeof slotSchema>

export const availabilityViewSchema = z.object({
  provider: providerSummarySchema,
  /** False until the provider (or staff) saved availability: the rules are then the defaults. */
  configured: z.boolean(),
  rules: availabilityRulesSchema,
})

export const providerCardSchema = z.object({
  provider: providerSummarySchema,
  modes: z.array(consultationModeSchema),
  topics: z.array(serviceTypeSchema),
  ipTypes: z.array(ipTypeSchema),
  countries: z.array(regionCodeSchema),
  nextSlot: slotSchema.nullable(),
})
export type ProviderCard = z.infer<typeof providerCardSchema>

export const bookingEventSchema = z.object({
  at: instantSchema,
  action: z.enum(['booked', 'rescheduled', 'cancelled', 'attended', 'no_show', 'outcome', 'rated']),
  by: z.enum(['enterprise', 'provider', 'staff']),
  reason: z.string().nullable(),
  /** For a reschedule: where it moved from. */
  fromStartAt: instantSchema.nullable(),
})

export const bookingSchema = z.object({
  bookingId: idSchema,
  provider: providerSummarySchema,
  enterpriseId: idSchema,
  enterpriseName: z.string(),
  startAt: instantSchema,
  endAt: instantSchema,
  mode: consultationModeSchema,
  topic: serviceTypeSchema,
  questions: z.string(),
  reportId: idSchema.nullable(),
  status: bookingStatusSchema,
  /** Why it was cancelled, when it was. */
  statusReason: z.string().nullable(),
  version: z.number().int().min(1),
  /** Where and how: the agency's address and map point for on-site, the meeting link for video. */
  address: z.string().nullable(),
  location: locationSchema.nullable(),
  phone: z.string().nullable(),
  meetingLink: z.string().nullable(),
  /** Until when the enterprise may still cancel or move it. */
  changeableUntil: instantSchema,
  outcomeNote: z.string().nullable(),
  rating: z.number().int().min(1).max(5).nullable(),
  ratingComment: z.string().nullable(),
  history: z.array(bookingEventSchema),
  createdAt: instantSchema,
  updatedAt: instantSchema,
})
export type BookingView = z.infer<typeof bookingSchema>

export const bookingInputSchema = z.object({
  idempotencyKey: z.string({ message: '缺少提交标识，请重新提交' }).regex(/^[A-Za-z0-9_-]{8,64}$/, { message: '提交标识无效，请重新提交' }),
  provider: providerRefSchema,
  startAt: instantSchema,
  mode: consultationModeSchema,
  topic: serviceTypeSchema,
  questions: textSchema('咨询问题', 500, 5),
  reportId: idSchema.nullable().default(null),
})

export const bookingPartySchema = z.enum(['enterprise', 'provider', 'staff'])
export type BookingParty = z.infer<typeof bookingPartySchema>

export const bookingRefSchema = z.object({ bookingId: idSchema })
export const cancelInputSchema = bookingRefSchema.extend({ reason: optionalTextSchema('取消原因', 200).default(null) })
export const rateInputSchema = bookingRefSchema.extend({
  rating: z.number({ message: '请选择评分' }).int().min(1, { message: '评分为 1 到 5 星' }).max(5, { message: '评分为 1 到 5 星' }),
  comment: optionalTextSchema('评价', 300).default(null),
})
export const bookingScopeSchema = z.enum(['upcoming', 'past'])
