import * as z from 'zod'

// On their own (re-exported by schemas.ts) because every function's entry reads the template
// configuration, and the rest of the messaging schemas need not be built at each cold start.

/**
 * Logical subscribe-message templates. Producers name these keys; which WeChat template id, kind,
 * page and field mapping each one uses comes from configuration (SUBSCRIBE_TEMPLATES), never code.
 */
export const TEMPLATE_KEYS = [
  'alert_published',
  'report_status_changed',
  'application_reviewed',
  'consultation_booked',
  'consultation_reminder',
  'consultation_changed',
  'salon_status_changed',
  'salon_reminder',
] as const
export const templateKeySchema = z.enum(TEMPLATE_KEYS)
export type TemplateKey = z.infer<typeof templateKeySchema>

/**
 * one_time: each "accept" in wx.requestSubscribeMessage allows exactly one later send;
 * long_term: unlimited sends after one acceptance (public-service categories only).
 */
export const TEMPLATE_KINDS = ['one_time', 'long_term'] as const
export const templateKindSchema = z.enum(TEMPLATE_KINDS)
export type TemplateKind = z.infer<typeof templateKindSchema>

/** WeChat template ids: 43 URL-safe characters today; bounded loosely so a new format still passes. */
export const templateIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, { message: '订阅消息模板编号不正确' })
