import * as z from 'zod'
import { industryCodeSchema } from '../catalog/industries'
import { ipTypeSchema } from '../catalog/ip-types'
import { regionCodeSchema } from '../catalog/regions'
import { serviceTypeSchema } from '../catalog/service-types'
import { idSchema, instantSchema, textSchema } from '../common'
import { calendarDateSchema, legalDeadlineInputSchema, legalDeadlineSchema, ruleChangeSchema } from '../deadlines/schemas'
import { fileIdSchema } from '../files'
import { optionalTextSchema } from '../validation/optional-text'
import { uniqueListSchema } from '../validation/unique-list'

/** Every state a report can be in; the allowed moves live in server/modules/reports/status-machine.ts. */
export const REPORT_STATUSES = ['unassigned', 'assigned', 'in_progress', 'awaiting_info', 'resolved', 'closed', 'withdrawn'] as const
export const reportStatusSchema = z.enum(REPORT_STATUSES)
export type ReportStatus = z.infer<typeof reportStatusSchema>
export const REPORT_STATUS_LABELS: Record<ReportStatus, string> = {
  unassigned: '待分派',
  assigned: '待接单',
  in_progress: '处理中',
  awaiting_info: '待补充',
  resolved: '已办结',
  closed: '已评价',
  withdrawn: '已撤回',
}

export const URGENCIES = ['normal', 'urgent', 'critical'] as const
export const urgencySchema = z.enum(URGENCIES, { message: '请选择紧急程度' })
export const URGENCY_LABELS: Record<z.infer<typeof urgencySchema>, string> = { normal: '一般', urgent: '紧急', critical: '特急' }

export const OUTCOME_CATEGORIES = ['guidance_given', 'settled', 'litigation_referred', 'filing_completed', 'no_action_needed', 'other'] as const
export const outcomeCategorySchema = z.enum(OUTCOME_CATEGORIES, { message: '请选择办结结果类别' })
export type OutcomeCategory = z.infer<typeof outcomeCategorySchema>
export type Urgency = z.infer<typeof urgencySchema>
export const OUTCOME_LABELS: Record<OutcomeCategory, string> = {
  guidance_given: '已提供指导意见',
  settled: '已和解或撤诉',
  litigation_referred: '已转入诉讼/仲裁',
  filing_completed: '已完成布局或申请',
  no_action_needed: '经评估无需处理',
  other: '其他',
}

export const MAX_DESCRIPTION = 2000
export const MAX_ATTACHMENTS = 9

/** A calendar date (court hearing, exhibition opening) as the liaison picked it, Asia/Shanghai. */
const dateSchema = z.string({ message: '请选择日期' }).regex(/^\d{4}-\d{2}-\d{2}$/, { message: '日期格式应为 YYYY-MM-DD' })

/** The fair a trade-fair report is about (dates as the fair announces them). */
export const tradeFairSchema = z
  .object({
    name: textSchema('展会名称', 100),
    startDate: calendarDateSchema,
    endDate: calendarDateSchema,
  })
  .refine((fair) => fair.endDate >= fair.startDate, { message: '展会结束日期不能早于开始日期', path: ['endDate'] })
export type TradeFair = z.infer<typeof tradeFairSchema>

export const reportInputSchema = z.object({
  idempotencyKey: z
    .string({ message: '缺少提交标识，请重新提交' })
    .regex(/^[A-Za-z0-9_-]{8,64}$/, { message: '提交标识无效，请重新提交' }),
  serviceType: serviceTypeSchema,
  ipType: ipTypeSchema,
  countries: uniqueListSchema(regionCodeSchema, '涉及的国家/地区', 10, 1),
  industry: industryCodeSchema,
  counterpart: textSchema('对方当事人', 100),
  deadline: dateSchema.nullable().default(null),
  urgency: urgencySchema,
  description: textSchema('情况描述', MAX_DESCRIPTION, 10),
  attachments: z
    .array(fileIdSchema, { message: '附件格式不正确' })
    .max(MAX_ATTACHMENTS, { message: `附件最多 ${MAX_ATTACHMENTS} 个` })
    .default([]),
  /** Squatting, dispute and patent reports: the foreign office's rule and the trigger's date. */
  legalDeadline: legalDeadlineInputSchema.nullable().default(null),
  /** Trade-fair reports: the fair and its dates. */
  tradeFair: tradeFairSchema.nullable().default(null),
})
export type ReportInput = z.output<typeof reportInputSchema>

export const ASSIGNEE_KINDS = ['expert', 'agency'] as const
export const assigneeSchema = z.object({
  kind: z.enum(ASSIGNEE_KINDS),
  id: idSchema,
  name: z.string(),
  userId: idSchema,
})
export type Assignee = z.infer<typeof assigneeSchema>

export const slaSchema = z.object({
  firstResponseDueAt: instantSchema,
  /** `calendar`: the first-response clock runs nights and weekends too (trade fairs). */
  firstResponseClock: z.enum(['working', 'calendar']).optional(),
  resolutionDueAt: instantSchema,
  firstRespondedAt: instantSchema.nullable(),
  pausedAt: instantSchema.nullable(),
  firstResponseBreachedAt: instantSchema.nullable(),
  resolutionBreachedAt: instantSchema.nullable(),
})

export const REPORT_EVENT_TYPES = [
  'submitted',
  'assigned',
  'unassigned',
  'declined',
  'reassigned',
  'accepted',
  'info_requested',
  'guidance',
  'message',
  'resolved',
  'rated',
  'reopened',
  'withdrawn',
  'sla_breached',
  'rating_reminded',
  'deadline_escalated',
  'consultation',
] as const
export const reportEventTypeSchema = z.enum(REPORT_EVENT_TYPES)
export type ReportEventType = z.infer<typeof reportEventTypeSchema>

export const reportEventSchema = z.object({
  eventId: idSchema,
  type: reportEventTypeSchema,
  at: instantSchema,
  actorUserId: idSchema.nullable(),
  actorRole: z.enum(['enterprise', 'assignee', 'staff', 'system']),
  fromStatus: reportStatusSchema.nullable(),
  toStatus: reportStatusSchema.nullable(),
  text: z.string().nullable(),
})
export type ReportEvent = z.infer<typeof reportEventSchema>

export const reportSummarySchema = z.object({
  reportId: idSchema,
  number: z.string(),
  status: reportStatusSchema,
  serviceType: serviceTypeSchema,
  ipType: ipTypeSchema,
  countries: z.array(regionCodeSchema),
  urgency: urgencySchema,
  counterpart: z.string(),
  enterpriseName: z.string(),
  assignee: assigneeSchema.nullable(),
  escalated: z.boolean(),
  createdAt: instantSchema,
  updatedAt: instantSchema,
  legalDeadline: legalDeadlineSchema.nullable(),
})
export type ReportSummary = z.infer<typeof reportSummarySchema>

/** How the caller relates to a report, decided by the server; the client never infers it. */
export const VIEWER_RELATIONS = ['enterprise', 'assignee', 'staff'] as const
export const viewerRelationSchema = z.enum(VIEWER_RELATIONS)
export type ViewerRelation = z.infer<typeof viewerRelationSchema>

/** The reporting liaison's contact: masked for everyone; staff and the assignee may reveal it. */
export const liaisonContactSchema = z.object({
  name: z.string(),
  mobileMasked: z.string(),
  /** True for staff and the current assignee: one tap reveals the number (audited). */
  canReveal: z.boolean(),
})

export const reportDetailSchema = reportSummarySchema.extend({
  /**
   * The caller's first relation in the order enterprise, assignee, staff; null only in the answer
   * to an action that ended the caller's relation (an assignee who just declined).
   */
  viewerRelation: viewerRelationSchema.nullable(),
  /** Every relation the caller has (a staff member may also be the assignee). */
  viewerRelations: z.array(viewerRelationSchema),
  liaisonContact: liaisonContactSchema.nullable(),
  industry: industryCodeSchema,
  deadline: z.string().nullable(),
  description: z.string(),
  attachments: z.array(z.string()),
  version: z.number().int().min(1),
  sla: slaSchema,
  resolution: z.object({ summary: z.string(), outcomeCategory: outcomeCategorySchema, resolvedAt: instantSchema }).nullable(),
  rating: z.object({ score: z.number().int(), comment: z.string().nullable(), ratedAt: instantSchema }).nullable(),
  /** The newest events (at most TIMELINE_PAGE_SIZE), oldest first; older ones via listReportEvents. */
  timeline: z.array(reportEventSchema),
  /** Staff corrected the rule after this report's deadline was computed: shown, not applied. */
  legalDeadlineRuleChange: ruleChangeSchema.nullable(),
  tradeFair: tradeFairSchema.nullable(),
  /** Fetches the page of events before `timeline[0]`; null when the whole timeline is here. */
  olderEventsCursor: z.string().nullable(),
})
export type ReportDetail = z.infer<typeof reportDetailSchema>

/** Events per timeline page: what a detail carries and what each older page adds. */
export const TIMELINE_PAGE_SIZE = 30

/** A page of a report's timeline, walking from the newest towards the oldest. */
export const reportEventPageSchema = z.object({
  /** Oldest first within the page (display order). */
  items: z.array(reportEventSchema),
  nextCursor: z.string().nullable(),
})
export type ReportEventPage = z.infer<typeof reportEventPageSchema>

/** What a post created, and the report's state after it (a message can resume a paused case). */
export const postedEventSchema = z.object({
  event: reportEventSchema,
  status: reportStatusSchema,
  version: z.number().int().min(1),
})
export type PostedEvent = z.infer<typeof postedEventSchema>

export const reportRefSchema = z.object({ reportId: idSchema })
export const ratingInputSchema = reportRefSchema.extend({
  score: z.number({ message: '请选择评分' }).int({ message: '评分应为 1–5 的整数' }).min(1, { message: '评分最低 1 分' }).max(5, { message: '评分最高 5 分' }),
  comment: optionalTextSchema('评价内容', 500).default(null),
})

/** Short-lived links to a report's attachments (null: the file is gone from storage). */
export const attachmentLinksSchema = z.object({
  links: z.array(
    z.object({
      fileId: z.string(),
      kind: z.enum(['image', 'pdf', 'other']),
      url: z.string().nullable(),
    }),
  ),
  expiresAt: instantSchema,
})
export type AttachmentLinks = z.infer<typeof attachmentLinksSchema>
