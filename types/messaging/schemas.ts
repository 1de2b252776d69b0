import * as z from 'zod'
import { idSchema, instantSchema } from '../common'
import { templateIdSchema, templateKeySchema, templateKindSchema } from './template-keys'

/** Template keys, kinds and ids (template-keys.ts). */
export {
  TEMPLATE_KEYS,
  templateKeySchema,
  type TemplateKey,
  TEMPLATE_KINDS,
  templateKindSchema,
  type TemplateKind,
  templateIdSchema,
} from './template-keys'

/** What wx.requestSubscribeMessage reports per template id. */
export const SUBSCRIBE_RESULTS = ['accept', 'reject', 'ban', 'filter'] as const
export const subscribeResultSchema = z.enum(SUBSCRIBE_RESULTS)
export type SubscribeResult = z.infer<typeof subscribeResultSchema>


/** One template the client may ask the user to accept (at most 3 per wx.requestSubscribeMessage call). */
export const subscribeTemplateSchema = z.object({
  key: templateKeySchema,
  templateId: templateIdSchema,
  kind: templateKindSchema,
  /** What the user is agreeing to receive, for the prompt before the WeChat popup. */
  title: z.string(),
})
export type SubscribeTemplate = z.infer<typeof subscribeTemplateSchema>

/** The user's remaining sends for one template; `remaining` is null for long-term templates. */
export const templateQuotaSchema = z.object({
  key: templateKeySchema,
  templateId: templateIdSchema,
  kind: templateKindSchema,
  remaining: z.number().int().min(0).nullable(),
  lastResult: subscribeResultSchema.nullable(),
  lastResultAt: instantSchema.nullable(),
})
export type TemplateQuota = z.infer<typeof templateQuotaSchema>

/** One entry of the in-app message center. */
export const messageItemSchema = z.object({
  messageId: idSchema,
  /** Which product area produced it ("alert", "report", …) and the id there, for the link. */
  sourceKind: z.string(),
  sourceId: z.string().nullable(),
  title: z.string(),
  summary: z.string(),
  /** Mini-program page to open, e.g. "packages/alerts/detail/index?id=…". */
  page: z.string().nullable(),
  createdAt: instantSchema,
  readAt: instantSchema.nullable(),
  /** The source was withdrawn after the message was delivered (e.g. a withdrawn alert). */
  withdrawn: z.boolean(),
})
export type MessageItem = z.infer<typeof messageItemSchema>

/**
 * Outbox row states. pending → sending (claimed with a lease) → send_started (the WeChat call is
 * about to happen) → sent | skipped_refused | failed | pending (retry) | dead | uncertain.
 * A claimed row may also end as skipped_no_quota or cancelled before any send starts.
 */
export const OUTBOX_STATUSES = [
  'pending',
  'sending',
  'send_started',
  'sent',
  'skipped_no_quota',
  'skipped_refused',
  'failed',
  'dead',
  'uncertain',
  'cancelled',
] as const
export const outboxStatusSchema = z.enum(OUTBOX_STATUSES)
export type OutboxStatus = z.infer<typeof outboxStatusSchema>

export const OUTBOX_STATUS_LABELS: Record<OutboxStatus, string> = {
  pending: '待发送',
  sending: '处理中',
  send_started: '发送中',
  sent: '已发送',
  skipped_no_quota: '无订阅次数（仅站内）',
  skipped_refused: '用户已拒收',
  failed: '发送失败',
  dead: '多次重试失败',
  uncertain: '结果未知（不重发）',
  cancelled: '已取消',
}

/** A delivery staff should look at: dead letters, permanent failures and uncertain sends. */
export const deliveryProblemSchema = z.object({
  deliveryId: idSchema,
  status: outboxStatusSchema,
  templateKey: templateKeySchema,
  recipientUserId: idSchema,
  sourceKind: z.string(),
  sourceId: z.string().nullable(),
  attempts: z.number().int().min(0),
  lastError: z.string().nullable(),
  updatedAt: instantSchema,
})
export type DeliveryProblem = z.infer<typeof deliveryProblemSchema>

/** Delivery counts for one source (e.g. one alert), for staff. */
export const deliveryStatsSchema = z.object({
  planned: z.number().int().min(0),
  pending: z.number().int().min(0),
  sent: z.number().int().min(0),
  skippedNoQuota: z.number().int().min(0),
  refused: z.number().int().min(0),
  failed: z.number().int().min(0),
  uncertain: z.number().int().min(0),
  cancelled: z.number().int().min(0),
})
export type DeliveryStats = z.infer<typeof deliveryStatsSchema>
