import * as z from 'zod'
import { ERROR_CODES } from './error-codes'

/** One problem with one field of an input, in the shape forms need to mark that field. */
export const fieldIssueSchema = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  message: z.string(),
})
export type FieldIssue = z.infer<typeof fieldIssueSchema>

export const failureSchema = z.object({
  ok: z.literal(false),
  code: z.enum(ERROR_CODES),
  message: z.string(),
  issues: z.array(fieldIssueSchema).optional(),
  /** RATE_LIMITED: when the caller may try again. */
  retryAfterSeconds: z.number().int().min(1).optional(),
})
export type Failure = z.infer<typeof failureSchema>

export type Success<T> = { ok: true; data: T }
export type Envelope<T> = Success<T> | Failure

/** The answer of every action: `{ ok: true, data }` or a typed failure. */
export function envelopeSchema<T extends z.ZodType>(data: T) {
  return z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), data }), failureSchema])
}

/** What a caller sends to a cloud function: the action name and its input. */
export const requestSchema = z.object({
  action: z.string().min(1),
  data: z.unknown().optional(),
})
export type FunctionRequest = z.infer<typeof requestSchema>
