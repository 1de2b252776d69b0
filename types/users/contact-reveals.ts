import * as z from 'zod'
import { instantSchema } from '../common'

/** One time someone revealed the caller's mobile number, as the caller sees it on their profile. */
export const contactRevealSchema = z.object({
  revealedByName: z.string(),
  revealedByRelation: z.enum(['staff', 'assignee']),
  /** The case it was revealed for (report number), so the liaison knows why. */
  reportNumber: z.string().nullable(),
  at: instantSchema,
})
export type ContactReveal = z.infer<typeof contactRevealSchema>

export const revealedContactSchema = z.object({ name: z.string(), mobile: z.string(), revealedAt: instantSchema })
export type RevealedContact = z.infer<typeof revealedContactSchema>
