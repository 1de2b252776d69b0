import * as z from 'zod'
import { idSchema, pageInputSchema, pageOf, textSchema } from '../common'
import { defineAction } from '../contract'
import { FUNCTION_NAMES } from '../function-names'
import { roleSchema } from '../roles'
import { displayNameSchema } from '../validation/display-name'
import {
  applicationStatusSchema,
  enterpriseApplicationInputSchema,
  enterpriseApplicationSchema,
  enterpriseSchema,
  userProfileSchema,
} from './schemas'
import { contactRevealSchema } from './contact-reveals'
import { updateEnterpriseInputSchema } from './enterprise-edit'
import { revisionSchema } from '../revisions/schemas'
import {
  applicationReviewSchema,
  attachApplicationProofInputSchema,
  joinRequestSchema,
  objectToJoinRequestInputSchema,
  proofLinkSchema,
  requireApplicationProofInputSchema,
} from './join-requests'

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
  output: applicationReviewSchema,
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
  output: applicationReviewSchema,
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

/** Staff ask the applicant for an authorization letter with the company seal (授权委托书). */
export const requireApplicationProof = defineAction({
  functionName: fn,
  action: 'requireApplicationProof',
  input: requireApplicationProofInputSchema,
  output: applicationReviewSchema,
})

/** The applicant attaches the uploaded letter to their own pending application. */
export const attachApplicationProof = defineAction({
  functionName: fn,
  action: 'attachApplicationProof',
  input: attachApplicationProofInputSchema,
  output: enterpriseApplicationSchema,
})

/** Requests by others to join the caller's enterprise (pending first, then recent decisions). */
export const listJoinRequests = defineAction({
  functionName: fn,
  action: 'listJoinRequests',
  input: z.object({}),
  output: z.array(joinRequestSchema),
})

/** An existing liaison objects to a pending join request; staff see the objection before deciding. */
export const objectToJoinRequest = defineAction({
  functionName: fn,
  action: 'objectToJoinRequest',
  input: objectToJoinRequestInputSchema,
  output: joinRequestSchema,
})

/** Who revealed the caller's mobile number, newest first (every reveal is audited). */
export const listMyContactReveals = defineAction({
  functionName: fn,
  action: 'listMyContactReveals',
  input: z.object({}),
  output: z.array(contactRevealSchema),
})

/** Staff or a liaison of the enterprise edit its name, industry or markets; each edit is a revision. */
export const updateEnterprise = defineAction({
  functionName: fn,
  action: 'updateEnterprise',
  input: updateEnterpriseInputSchema,
  output: enterpriseSchema,
})

/** The enterprise's edit history (staff or its liaisons), newest first. */
export const listEnterpriseRevisions = defineAction({
  functionName: fn,
  action: 'listEnterpriseRevisions',
  input: pageInputSchema.extend({ enterpriseId: idSchema }),
  output: pageOf(revisionSchema),
})

/** Staff open the authorization letter attached to an application (link valid for minutes). */
export const getApplicationProofLink = defineAction({
  functionName: fn,
  action: 'getApplicationProofLink',
  input: z.object({ applicationId: idSchema }),
  output: proofLinkSchema,
})
