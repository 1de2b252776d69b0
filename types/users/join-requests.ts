import * as z from 'zod'
import { idSchema, instantSchema, textSchema } from '../common'
import { fileIdSchema } from '../files'
import { applicationStatusSchema, enterpriseApplicationSchema, enterpriseSchema } from './schemas'

/** A liaison already on the enterprise's record, as staff see them next to a join request. */
export const existingLiaisonSchema = z.object({
  userId: idSchema,
  displayName: z.string(),
  /** From the liaison's own approved application; null for accounts seeded without one. */
  liaisonName: z.string().nullable(),
  mobileMasked: z.string().nullable(),
})
export type ExistingLiaison = z.infer<typeof existingLiaisonSchema>

export const joinObjectionSchema = z.object({
  userId: idSchema,
  displayName: z.string(),
  reason: z.string(),
  at: instantSchema,
})
export type JoinObjection = z.infer<typeof joinObjectionSchema>

/**
 * What staff review: the application plus, when its credit code is already registered, the
 * enterprise as it is on record, its liaisons and their objections — the join-request warning.
 */
export const applicationReviewSchema = enterpriseApplicationSchema.extend({
  existingEnterprise: enterpriseSchema.nullable(),
  existingLiaisons: z.array(existingLiaisonSchema),
  objections: z.array(joinObjectionSchema),
})
export type ApplicationReview = z.infer<typeof applicationReviewSchema>

/** A request to join the caller's enterprise, as its existing liaisons see it. */
export const joinRequestSchema = z.object({
  applicationId: idSchema,
  status: applicationStatusSchema,
  /** The enterprise name the applicant typed (it may differ from the record: worth a look). */
  claimedEnterpriseName: z.string(),
  applicantName: z.string(),
  mobileMasked: z.string(),
  submittedAt: instantSchema,
  reviewedAt: instantSchema.nullable(),
  myObjection: z.object({ reason: z.string(), at: instantSchema }).nullable(),
})
export type JoinRequest = z.infer<typeof joinRequestSchema>

export const objectToJoinRequestInputSchema = z.object({
  applicationId: idSchema,
  reason: textSchema('异议理由', 200, 2),
})

export const requireApplicationProofInputSchema = z.object({ applicationId: idSchema })

export const attachApplicationProofInputSchema = z.object({ applicationId: idSchema, fileId: fileIdSchema })

/**
 * Where an applicant uploads the authorization letter: a folder bound to the applicant and the
 * application (`applications/<userId>/<applicationId>/`). The server accepts only files there, so
 * nobody can attach someone else's upload.
 */
export function applicationProofFolder(userId: string, applicationId: string): string {
  return `applications/${userId}/${applicationId}/`
}

/** A short-lived link to the attached authorization letter (staff only). */
export const proofLinkSchema = z.object({
  kind: z.enum(['image', 'pdf', 'other']),
  /** Null when the file no longer exists in storage. */
  url: z.string().nullable(),
  expiresAt: instantSchema,
})
