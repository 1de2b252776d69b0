import { z } from 'zod'
import { idSchema, pageInputSchema, pageOf, textSchema } from '../common'
import { defineAction } from '../contract'
import { FUNCTION_NAMES } from '../function-names'
import { roleSchema } from '../roles'
import { displayNameSchema } from '../validation/display-name'
import {
  applicationStatusSchema,
  enterpriseApplicationInputSchema,
  enterpriseApplicationSchema,
  userProfileSchema,
} from './schemas'

const fn = FUNCTION_NAMES.users

/** The caller's own profile; creates the user record on first call. */
export const getMyProfile = defineAction({
  functionName: fn,
  action: 'getMyProfile',
  input: z.object({}),
  output: userProfileSchema,
})

export const acceptPrivacyGuide = defineAction({
  functionName: fn,
  action: 'acceptPrivacyGuide',
  input: z.object({ version: z.string().min(1).max(20) }),
  output: userProfileSchema,
})

export const updateMyProfile = defineAction({
  functionName: fn,
  action: 'updateMyProfile',
  input: z.object({ displayName: displayNameSchema('昵称', 20) }),
  output: userProfileSchema,
})

export const applyForEnterprise = defineAction({
  functionName: fn,
  action: 'applyForEnterprise',
  input: enterpriseApplicationInputSchema,
  output: enterpriseApplicationSchema,
})

export const listMyApplications = defineAction({
  functionName: fn,
  action: 'listMyApplications',
  input: z.object({}),
  output: z.array(enterpriseApplicationSchema),
})

export const listApplications = defineAction({
  functionName: fn,
  action: 'listApplications',
  input: pageInputSchema.extend({ status: applicationStatusSchema.optional() }),
  output: pageOf(enterpriseApplicationSchema),
})

/** One application by id, for the staff review page (opened from a list, a link or a reload). */
export const getApplication = defineAction({
  functionName: fn,
  action: 'getApplication',
  input: z.object({ applicationId: idSchema }),
  output: enterpriseApplicationSchema,
})

export const reviewApplication = defineAction({
  functionName: fn,
  action: 'reviewApplication',
  input: z.discriminatedUnion('decision', [
    z.object({ applicationId: idSchema, decision: z.literal('approve') }),
    z.object({
      applicationId: idSchema,
      decision: z.literal('reject'),
      reason: textSchema('驳回理由', 200, 2),
    }),
  ]),
  output: enterpriseApplicationSchema,
})

/** Admins grant bureau roles (staff, expert, agency); `liaison` comes only from an approved application. */
export const setUserRole = defineAction({
  functionName: fn,
  action: 'setUserRole',
  input: z.object({
    userId: idSchema,
    role: roleSchema.exclude(['liaison']),
    granted: z.boolean(),
  }),
  output: z.object({ userId: idSchema, roles: z.array(roleSchema) }),
})
