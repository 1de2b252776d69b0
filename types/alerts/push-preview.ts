import * as z from 'zod'
import { idSchema, instantSchema } from '../common'
import { defineAction } from '../contract'
import { FUNCTION_NAMES } from '../function-names'

export const pushPreviewSchema = z.object({
  /** The WeChat card's title (the template's name), null when this deployment sends no pushes. */
  templateTitle: z.string().nullable(),
  /** The card's lines exactly as they would be sent (after the 20-character and type rules). */
  lines: z.array(z.object({ label: z.string(), value: z.string() })),
  /** What the in-app message center will show. */
  inbox: z.object({ title: z.string(), summary: z.string() }),
  /** Active subscriptions whose topics match the alert now. */
  subscriberCount: z.number().int().min(0),
})
export type PushPreview = z.infer<typeof pushPreviewSchema>

/**
 * Staff, before publishing: the push subscribers would get if the saved item were published now,
 * built by the same code that fills the real subscribe message, and how many it would reach.
 */
export const previewAlertPush = defineAction({
  functionName: FUNCTION_NAMES.alerts,
  action: 'previewAlertPush',
  /** `publishAt`: a scheduled publication's time (the card shows it); now when absent. */
  input: z.object({ contentId: idSchema, publishAt: instantSchema.optional() }),
  output: pushPreviewSchema,
})
