import * as z from 'zod'
import { idSchema } from '../common'
import { defineAction } from '../contract'
import { FUNCTION_NAMES } from '../function-names'

const fn = FUNCTION_NAMES.workbench

/** Roles an invitation can carry: never staff or admin (those are granted by an administrator). */
export const INVITABLE_ROLES = ['expert', 'agency', 'liaison'] as const
export const INVITATION_CODE = /^[A-HJ-NP-Z2-9]{8}$/
export const MAX_INVITATION_DAYS = 30

export const createInvitation = defineAction({
  functionName: fn,
  action: 'createInvitation',
  input: z.discriminatedUnion('role', [
    z.object({ role: z.literal('expert'), validDays: z.number().int().min(1).max(MAX_INVITATION_DAYS).default(7) }),
    z.object({ role: z.literal('agency'), validDays: z.number().int().min(1).max(MAX_INVITATION_DAYS).default(7) }),
    /** A new liaison for an enterprise; with `replaceUserId`, the enterprise is transferred from that liaison on redemption. */
    z.object({
      role: z.literal('liaison'),
      enterpriseId: idSchema,
      replaceUserId: idSchema.nullable().default(null),
      validDays: z.number().int().min(1).max(MAX_INVITATION_DAYS).default(7),
    }),
  ], { message: '请选择邀请的角色' }),
  output: z.object({ code: z.string(), expiresAt: z.string(), role: z.enum(INVITABLE_ROLES), page: z.string() }),
})

/** Anyone signed in redeems a code once, before it expires; the role is granted to the redeemer. */
export const redeemInvitation = defineAction({
  functionName: fn,
  action: 'redeemInvitation',
  input: z.object({
    code: z
      .string({ message: '请输入邀请码' })
      .trim()
      .transform((c) => c.toUpperCase())
      .pipe(z.string().regex(INVITATION_CODE, { message: '邀请码应为 8 位字母或数字' })),
  }),
  output: z.object({ role: z.enum(INVITABLE_ROLES), enterpriseName: z.string().nullable() }),
})
