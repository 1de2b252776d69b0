import * as z from 'zod'
import { industryCodeSchema } from '../catalog/industries'
import { ipTypeSchema } from '../catalog/ip-types'
import { regionCodeSchema } from '../catalog/regions'
import { instantSchema } from '../common'
import { deliveryStatsSchema } from '../messaging/schemas'
import { uniqueListSchema } from '../validation/unique-list'

/**
 * The alert topics a user follows: countries × IP types × industries. An empty list means "any"
 * (不限), so `{ countries: ['US'], ipTypes: [], industries: [] }` follows everything about the US.
 */
export const alertTopicsSchema = z.object({
  countries: uniqueListSchema(regionCodeSchema, '国家/地区', 60),
  ipTypes: uniqueListSchema(ipTypeSchema, '知识产权类型', 5),
  industries: uniqueListSchema(industryCodeSchema, '行业', 15),
})
export type AlertTopics = z.infer<typeof alertTopicsSchema>

export const alertSubscriptionSchema = alertTopicsSchema.extend({
  active: z.boolean(),
  updatedAt: instantSchema,
})
export type AlertSubscription = z.infer<typeof alertSubscriptionSchema>

/**
 * Where an alert is in its publishing life, as the alerts flow sees it: scheduled (waiting for
 * publishAt), publishing (published, notifications being planned), published (all planned),
 * withdrawn (pending sends stopped).
 */
export const ALERT_DISPATCH_STATES = ['scheduled', 'publishing', 'published', 'withdrawn'] as const
export const alertDispatchStateSchema = z.enum(ALERT_DISPATCH_STATES)
export type AlertDispatchState = z.infer<typeof alertDispatchStateSchema>
export const ALERT_DISPATCH_STATE_LABELS: Record<AlertDispatchState, string> = {
  scheduled: '定时发布',
  publishing: '推送中',
  published: '已推送',
  withdrawn: '已撤回',
}

export const alertScheduleSchema = z.object({
  contentId: z.string(),
  state: alertDispatchStateSchema,
  publishAt: instantSchema.nullable(),
  publishedAt: instantSchema.nullable(),
  urgent: z.boolean(),
  /** Subscribers matched so far; final once the state is published. */
  matched: z.number().int().min(0),
  withdrawnAt: instantSchema.nullable(),
  /** Why the timer could not publish a due schedule (it keeps retrying); null when nothing is in the way. */
  blockedReason: z.string().nullable(),
})
export type AlertSchedule = z.infer<typeof alertScheduleSchema>

/** Delivery stats per alert for staff: planned, sent, skipped (no quota), failed, read. */
export const alertDeliveryStatsSchema = deliveryStatsSchema.extend({
  contentId: z.string(),
  read: z.number().int().min(0),
  schedule: alertScheduleSchema.nullable(),
})
export type AlertDeliveryStats = z.infer<typeof alertDeliveryStatsSchema>

/**
 * Shown after the user reads an alert when their alert quota is used up: the natural moment to
 * ask for more (wx.requestSubscribeMessage with these ids, in the tap handler of a button).
 */
export const topUpPromptSchema = z
  .object({ templateIds: z.array(z.string()).min(1).max(3), message: z.string() })
  .nullable()
