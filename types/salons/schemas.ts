import * as z from 'zod'
import { serviceTypeSchema } from '../catalog/service-types'
import { idSchema, instantSchema, textSchema } from '../common'
import { fileIdSchema } from '../files'
import { optionalTextSchema } from '../validation/optional-text'
import { registrationStatusSchema, type RegistrationStatus } from './registration-status'

/** draft → published → cancelled; only published sessions take registrations. */
export const SESSION_STATUSES = ['draft', 'published', 'cancelled'] as const
export const sessionStatusSchema = z.enum(SESSION_STATUSES)
export type SessionStatus = z.infer<typeof sessionStatusSchema>
export const SESSION_STATUS_LABELS: Record<SessionStatus, string> = { draft: '草稿', published: '报名中', cancelled: '已取消' }

/** Seat statuses (registration-status.ts). */
export { REGISTRATION_STATUSES, registrationStatusSchema, type RegistrationStatus } from './registration-status'
export const ACTIVE_REGISTRATION_STATUSES = ['confirmed', 'held', 'waiting'] as const satisfies readonly RegistrationStatus[]
export const REGISTRATION_STATUS_LABELS: Record<RegistrationStatus, string> = {
  confirmed: '已报名',
  held: '候补递补，待确认',
  waiting: '候补中',
  cancelled: '已取消',
  left: '已退出候补',
  expired: '递补已过期',
  void: '活动已取消',
}

export const AUDIENCES = ['everyone', 'verified_enterprises'] as const
export const audienceSchema = z.enum(AUDIENCES, { message: '请选择报名对象' })
export type Audience = z.infer<typeof audienceSchema>
export const AUDIENCE_LABELS: Record<Audience, string> = { everyone: '所有用户', verified_enterprises: '仅限已认证企业' }

export const MAX_QUESTIONS = 5
export const MAX_ATTENDEES_PER_REQUEST = 5

export const questionSchema = z.object({
  questionId: z.string().regex(/^q[1-5]$/),
  text: textSchema('报名问题', 60),
  required: z.boolean().default(false),
})
export type SignUpQuestion = z.output<typeof questionSchema>

export const speakerSchema = z.object({
  /** From the expert pool, or null for a free-text speaker. */
  expertId: idSchema.nullable().default(null),
  name: textSchema('主讲人姓名', 30),
})

export const placeSchema = z.object({
  name: textSchema('地点名称', 60),
  address: textSchema('详细地址', 120),
  latitude: z.number({ message: '请选择地图位置' }).min(-90).max(90),
  longitude: z.number({ message: '请选择地图位置' }).min(-180).max(180),
})
export type SessionPlace = z.infer<typeof placeSchema>

const onlineUrlSchema = z.url({ message: '线上链接应为 https 网址', protocol: /^https$/ })

/** What staff edit; the server checks the time rules (start < end, window closes before start). */
export const sessionInputSchema = z.object({
  title: textSchema('活动标题', 40, 4),
  topic: serviceTypeSchema,
  description: optionalTextSchema('活动介绍', 1000).default(null),
  speakers: z.array(speakerSchema).max(5, { message: '主讲人最多 5 位' }).default([]),
  coverFileId: fileIdSchema.nullable().default(null),
  startsAt: instantSchema,
  endsAt: instantSchema,
  place: placeSchema.nullable().default(null),
  onlineUrl: onlineUrlSchema.nullable().default(null),
  capacity: z.number({ message: '请填写名额' }).int({ message: '名额应为整数' }).min(1, { message: '名额至少 1 个' }).max(5000, { message: '名额不能超过 5000' }),
  perEnterpriseLimit: z.number().int().min(1, { message: '每家企业至少可报 1 人' }).max(20, { message: '每家企业最多可报 20 人' }).default(2),
  registrationOpensAt: instantSchema,
  registrationClosesAt: instantSchema,
  /** Attendees may cancel until this many hours before the start. */
  cancelCutoffHours: z.number().int().min(0).max(168).default(2),
  audience: audienceSchema.default('everyone'),
  questions: z.array(questionSchema).max(MAX_QUESTIONS, { message: `报名问题最多 ${MAX_QUESTIONS} 个` }).default([]),
})
export type SessionInput = z.output<typeof sessionInputSchema>

export const seatCountsSchema = z.object({
  capacity: z.number().int(),
  confirmed: z.number().int(),
  held: z.number().int(),
  free: z.number().int(),
  waiting: z.number().int(),
})
export type SeatCounts = z.infer<typeof seatCountsSchema>

export const sessionSummarySchema = z.object({
  sessionId: idSchema,
  title: z.string(),
  topic: serviceTypeSchema,
  status: sessionStatusSchema,
  startsAt: instantSchema,
  endsAt: instantSchema,
  placeName: z.string().nullable(),
  online: z.boolean(),
  seatsLeft: z.number().int().min(0),
  capacity: z.number().int(),
  waiting: z.number().int(),
  registrationOpensAt: instantSchema,
  registrationClosesAt: instantSchema,
})
export type SessionSummary = z.infer<typeof sessionSummarySchema>

export const ticketSchema = z.object({
  registrationId: idSchema,
  sessionId: idSchema,
  attendeeName: z.string(),
  enterpriseName: z.string().nullable(),
  status: registrationStatusSchema,
  /** Waiting list only: 1 = next in line. */
  position: z.number().int().min(1).nullable(),
  holdExpiresAt: instantSchema.nullable(),
  /** Signed QR content; only while confirmed. */
  ticketCode: z.string().nullable(),
  checkedInAt: instantSchema.nullable(),
  feedback: z.object({ rating: z.number().int(), comment: z.string().nullable() }).nullable(),
  createdAt: instantSchema,
})
export type Ticket = z.infer<typeof ticketSchema>

export const sessionDetailSchema = sessionSummarySchema.extend({
  description: z.string().nullable(),
  speakers: z.array(z.object({ expertId: idSchema.nullable(), name: z.string() })),
  coverFileId: z.string().nullable(),
  place: placeSchema.nullable(),
  onlineUrl: z.string().nullable(),
  perEnterpriseLimit: z.number().int(),
  cancelCutoffHours: z.number().int(),
  audience: audienceSchema,
  questions: z.array(questionSchema),
  seats: seatCountsSchema,
  /** The caller's registrations (active and past) for this session. */
  myRegistrations: z.array(ticketSchema),
})
export type SessionDetail = z.infer<typeof sessionDetailSchema>

export const attendeeInputSchema = z.object({ name: textSchema('参会人姓名', 20) })

export const registerInputSchema = z.object({
  sessionId: idSchema,
  /** Client-generated per form: a retried or double-tapped submit returns the same registrations. */
  requestKey: z.string({ message: '缺少提交标识，请重新提交' }).regex(/^[A-Za-z0-9_-]{8,64}$/, { message: '提交标识无效，请重新提交' }),
  attendees: z
    .array(attendeeInputSchema)
    .min(1, { message: '请至少填写一位参会人' })
    .max(MAX_ATTENDEES_PER_REQUEST, { message: `一次最多报名 ${MAX_ATTENDEES_PER_REQUEST} 人` }),
  answers: z.array(z.object({ questionId: z.string().regex(/^q[1-5]$/), answer: optionalTextSchema('回答', 200).default(null) })).max(MAX_QUESTIONS).default([]),
})
export type RegisterInput = z.output<typeof registerInputSchema>

export const CHECK_IN_REFUSALS = ['forged', 'other_session', 'cancelled', 'not_confirmed', 'already_checked_in', 'session_cancelled'] as const
export const checkInResultSchema = z.object({
  admitted: z.boolean(),
  refusal: z.enum(CHECK_IN_REFUSALS).nullable(),
  /** The large line the scanner shows: 已签到, or why not. */
  message: z.string(),
  attendeeName: z.string().nullable(),
  enterpriseName: z.string().nullable(),
  checkedInAt: instantSchema.nullable(),
})
export type CheckInResult = z.infer<typeof checkInResultSchema>

export const sessionStatsSchema = z.object({
  sessionId: idSchema,
  title: z.string(),
  seats: seatCountsSchema,
  /** Confirmed registrations, counted from the registrations themselves (the ledger is in `seats`). */
  registrations: z.number().int(),
  /** Registrations holding an offered seat, counted the same way. */
  holding: z.number().int(),
  attended: z.number().int(),
  /** attended / confirmed, 0..1; null before anyone is confirmed. */
  attendanceRate: z.number().min(0).max(1).nullable(),
  /** Confirmed but never checked in, once the session has ended (null before). */
  noShows: z.number().int().nullable(),
  feedbackCount: z.number().int(),
  averageRating: z.number().nullable(),
  comments: z.array(z.object({ rating: z.number().int(), comment: z.string(), at: instantSchema })),
})
export type SessionStats = z.infer<typeof sessionStatsSchema>

export const staffAttendeeSchema = z.object({
  registrationId: idSchema,
  attendeeName: z.string(),
  enterpriseName: z.string().nullable(),
  status: registrationStatusSchema,
  checkedInAt: instantSchema.nullable(),
})
