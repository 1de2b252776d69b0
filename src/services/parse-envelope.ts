import * as z from 'zod'
import { failureSchema, type Envelope } from '../../types/envelope'

const successShellSchema = z.object({ ok: z.literal(true), data: z.unknown() })

/**
 * Reads an answer as `envelopeSchema(output)` describes it: a typed failure, or `{ ok: true, data }`
 * whose data matches `output`. Done in steps rather than with envelopeSchema(output) itself because
 * TypeScript cannot narrow zod's inferred union for a generic `output`, and a cast would hide exactly
 * the mistakes parsing is here to catch. Returns null for anything else.
 */
export function parseEnvelope<O extends z.ZodType>(output: O, raw: unknown): Envelope<z.output<O>> | null {
  const failure = failureSchema.safeParse(raw)
  if (failure.success) return failure.data
  const shell = successShellSchema.safeParse(raw)
  if (!shell.success) return null
  const data = output.safeParse(shell.data.data)
  if (!data.success) {
    console.warn('[parseEnvelope] answer data does not match the contract', data.error.issues)
    return null
  }
  return { ok: true, data: data.data }
}
