import * as z from 'zod'
import { idSchema, pageInputSchema, pageOf } from '../common'
import { defineAction } from '../contract'
import { FUNCTION_NAMES } from '../function-names'
import {
  deliveryProblemSchema,
  messageItemSchema,
  subscribeResultSchema,
  subscribeTemplateSchema,
  templateIdSchema,
  templateQuotaSchema,
} from './schemas'

/** The messaging function: the timer-driven dispatcher plus the user's side of notifications. */
const fn = FUNCTION_NAMES.dispatcher

/** Timer only: claims due outbox rows and delivers them (message center + WeChat push). */
export const dispatchDue = defineAction({
  functionName: fn,
  action: 'dispatchDue',
  input: z.object({}),
  output: z.object({
    recovered: z.object({ retried: z.number().int(), uncertain: z.number().int() }),
    claimed: z.number().int(),
    sent: z.number().int(),
    skippedNoQuota: z.number().int(),
    refused: z.number().int(),
    retried: z.number().int(),
    failed: z.number().int(),
    dead: z.number().int(),
    uncertain: z.number().int(),
    released: z.number().int(),
    pushDeferred: z.number().int(),
    lost: z.number().int(),
    pausedUntil: z.iso.datetime().nullable(),
  }),
})

/** Templates the client may request, and the caller's remaining sends per template. */
export const getMyNotificationSettings = defineAction({
  functionName: fn,
  action: 'getMyNotificationSettings',
  input: z.object({}),
  output: z.object({
    templates: z.array(subscribeTemplateSchema),
    quotas: z.array(templateQuotaSchema),
    unreadCount: z.number().int().min(0),
  }),
})

/**
 * Records what wx.requestSubscribeMessage answered. Pass its result object as `results` (the
 * `errMsg` key is ignored) and a fresh `requestId` per popup: a retried call with the same id
 * counts once. Only an "accept" of a one-time template adds a send.
 */
export const recordSubscribeResults = defineAction({
  functionName: fn,
  action: 'recordSubscribeResults',
  input: z.object({
    requestId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, { message: '请求编号不正确' }),
    results: z.preprocess(
      (raw) => {
        if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw
        const { errMsg: _ignored, ...rest } = raw as Record<string, unknown>
        return rest
      },
      z
        .record(templateIdSchema, subscribeResultSchema)
        .refine((r) => Object.keys(r).length >= 1 && Object.keys(r).length <= 3, {
          message: '每次最多记录 3 个模板的订阅结果',
        }),
    ),
  }),
  output: z.object({
    quotas: z.array(templateQuotaSchema),
    /** Template ids not (or no longer) configured: nothing was recorded for them. */
    ignoredTemplateIds: z.array(z.string()),
    /** False when this requestId had already been recorded. */
    recorded: z.boolean(),
  }),
})

export const listMyMessages = defineAction({
  functionName: fn,
  action: 'listMyMessages',
  input: pageInputSchema.extend({ unreadOnly: z.boolean().default(false) }),
  output: pageOf(messageItemSchema).extend({ unreadCount: z.number().int().min(0) }),
})

/** The unread badge. */
export const getUnreadCount = defineAction({
  functionName: fn,
  action: 'getUnreadCount',
  input: z.object({}),
  output: z.object({ unreadCount: z.number().int().min(0) }),
})

export const markMessagesRead = defineAction({
  functionName: fn,
  action: 'markMessagesRead',
  input: z.union([
    z.object({ messageIds: z.array(idSchema).min(1).max(50) }),
    z.object({ all: z.literal(true) }),
  ]),
  output: z.object({ unreadCount: z.number().int().min(0) }),
})

/** Staff: dead letters, permanent failures and uncertain sends, newest first. */
export const listDeliveryProblems = defineAction({
  functionName: fn,
  action: 'listDeliveryProblems',
  input: pageInputSchema.extend({ status: z.enum(['dead', 'failed', 'uncertain']).optional() }),
  output: pageOf(deliveryProblemSchema),
})

/**
 * Staff: queues a dead or failed delivery again with its attempts reset (after fixing the cause,
 * e.g. the template configuration). Uncertain rows may already have reached the user, so they are
 * never re-sent.
 */
export const requeueDelivery = defineAction({
  functionName: fn,
  action: 'requeueDelivery',
  input: z.object({ deliveryId: idSchema }),
  output: deliveryProblemSchema,
})
