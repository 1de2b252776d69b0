import type { z } from 'zod'
import {
  demoUserListSchema,
  devSignInInputSchema,
  devSignInOutputSchema,
  GATEWAY_ROUTES,
  type DemoUser,
  type DevSignInOutput,
} from '../../types/dev-session'
import { ActionError, issuesFromZod, UNREADABLE_ANSWER_MESSAGE } from './action-error'
import { fetchGatewayJson, gatewayUrl } from './gateway-fetch'
import { parseEnvelope } from './parse-envelope'
import { saveSession } from './session'

// H5 development sign-in through the local gateway. Only the H5 sign-in panel imports this file.

/**
 * The gateway answers its dev routes with the same envelope as the functions ({ ok, data } or a
 * typed failure such as DEV_SIGN_IN_DISABLED). A bare body in the data's shape is accepted too,
 * so the client does not break while the gateway's final shape is settled.
 */
function parseGatewayAnswer<T extends z.ZodType>(raw: unknown, schema: T): z.output<T> {
  const envelope = parseEnvelope(schema, raw)
  if (envelope) {
    if (envelope.ok) return envelope.data
    throw new ActionError(envelope.code, envelope.message, envelope.issues ?? [])
  }
  const bare = schema.safeParse(raw)
  if (bare.success) return bare.data
  throw new ActionError('INTERNAL', UNREADABLE_ANSWER_MESSAGE)
}

export async function listDemoUsers(): Promise<DemoUser[]> {
  const raw = await fetchGatewayJson(gatewayUrl(GATEWAY_ROUTES.demoUsers), { method: 'GET' })
  return parseGatewayAnswer(raw, demoUserListSchema).users
}

/** Signs in as one demo user and keeps the session for later calls. */
export async function signInAsDemoUser(key: string): Promise<DevSignInOutput> {
  const input = devSignInInputSchema.safeParse({ key })
  if (!input.success) {
    throw new ActionError('VALIDATION_FAILED', '演示账号无效', issuesFromZod(input.error))
  }
  const raw = await fetchGatewayJson(gatewayUrl(GATEWAY_ROUTES.signIn), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(input.data),
  })
  const session = parseGatewayAnswer(raw, devSignInOutputSchema)
  saveSession(session)
  return session
}
