import * as z from 'zod'
import { idSchema, instantSchema, pageInputSchema, pageOf } from '../common'
import { defineAction } from '../contract'
import { FUNCTION_NAMES } from '../function-names'
import {
  alertDeliveryStatsSchema,
  alertDispatchStateSchema,
  alertScheduleSchema,
  alertSubscriptionSchema,
  alertTopicsSchema,
  topUpPromptSchema,
} from './schemas'

/**
 * Alerts are content items (types/content, `directory` function); this function adds what makes
 * them alerts: scheduled publishing, fan-out to topic subscribers, read state and delivery stats.
 */
const fn = FUNCTION_NAMES.alerts

/** Timer only: publishes scheduled alerts that are due, plans their notifications, stops withdrawn ones. */
export const publishDue = defineAction({
  functionName: fn,
  action: 'publishDue',
  input: z.object({}),
  output: z.object({
    published: z.number().int(),
    publishFailures: z.number().int(),
    fanout: z.object({ alerts: z.number().int(), matched: z.number().int(), planned: z.number().int() }),
    stopped: z.number().int(),
  }),
})

/** Staff: publish a draft (or a withdrawn item) at a chosen time. Saving again moves the time. */
export const scheduleAlert = defineAction({
  functionName: fn,
  action: 'scheduleAlert',
  input: z.object({ contentId: idSchema, publishAt: instantSchema }),
  output: alertScheduleSchema,
})

export const cancelAlertSchedule = defineAction({
  functionName: fn,
  action: 'cancelAlertSchedule',
  input: z.object({ contentId: idSchema }),
  output: z.object({ contentId: idSchema, cancelled: z.boolean() }),
})

/** Staff: alerts by publishing state (scheduled ones by time, the rest newest first). */
export const listAlertSchedules = defineAction({
  functionName: fn,
  action: 'listAlertSchedules',
  input: pageInputSchema.extend({ state: alertDispatchStateSchema.optional() }),
  output: pageOf(alertScheduleSchema),
})

/** Staff: planned, sent, skipped (no quota), failed and read counts for one alert. */
export const getAlertDeliveryStats = defineAction({
  functionName: fn,
  action: 'getAlertDeliveryStats',
  input: z.object({ contentId: idSchema }),
  output: alertDeliveryStatsSchema,
})

/**
 * The caller opened an alert: records it read (and its message-center entries). Answers whether to
 * offer more alert notifications now (the user follows topics but has no alert sends left).
 */
export const markAlertRead = defineAction({
  functionName: fn,
  action: 'markAlertRead',
  input: z.object({ contentId: idSchema }),
  output: z.object({ firstRead: z.boolean(), unreadMessages: z.number().int().min(0), topUp: topUpPromptSchema }),
})

/** Which of these alerts (a feed page) the caller has read. */
export const getAlertReadStates = defineAction({
  functionName: fn,
  action: 'getAlertReadStates',
  input: z.object({ contentIds: z.array(idSchema).max(50) }),
  output: z.object({ readContentIds: z.array(idSchema) }),
})

export const getMyAlertSubscription = defineAction({
  functionName: fn,
  action: 'getMyAlertSubscription',
  input: z.object({}),
  output: z.object({ subscription: alertSubscriptionSchema.nullable() }),
})

/** Follow topics, or change them (also resumes a stopped subscription). Empty list = 不限. */
export const updateMyAlertSubscription = defineAction({
  functionName: fn,
  action: 'updateMyAlertSubscription',
  input: alertTopicsSchema,
  output: z.object({ subscription: alertSubscriptionSchema }),
})

/** Stop all alert notifications (topics are kept for one-tap resume). */
export const stopMyAlertSubscription = defineAction({
  functionName: fn,
  action: 'stopMyAlertSubscription',
  input: z.object({}),
  output: z.object({ subscription: alertSubscriptionSchema.nullable() }),
})
