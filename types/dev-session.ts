import * as z from 'zod'
import { roleSchema } from './roles'

/**
 * The local gateway's development sign-in (H5 only, development mode only).
 * On WeChat the caller is the OPENID that the platform attaches to each call; locally the gateway
 * issues an HMAC-signed session for a chosen demo user, and the session yields the same caller context.
 */
export const GATEWAY_ROUTES = {
  demoUsers: '/api/dev/demo-users',
  signIn: '/api/dev/sign-in',
  functionPrefix: '/api/functions/',
} as const

export const demoUserSchema = z.object({
  key: z.string(),
  displayName: z.string(),
  description: z.string(),
  roles: z.array(roleSchema),
})
export type DemoUser = z.infer<typeof demoUserSchema>

export const demoUserListSchema = z.object({ users: z.array(demoUserSchema) })

export const devSignInInputSchema = z.object({ key: z.string().min(1).max(40) })
export const devSignInOutputSchema = z.object({
  token: z.string(),
  expiresAt: z.iso.datetime(),
  user: demoUserSchema,
})
export type DevSignInOutput = z.infer<typeof devSignInOutputSchema>
