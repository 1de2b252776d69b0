import * as z from 'zod'
import { industryCodeSchema } from '../catalog/industries'
import { regionCodeSchema } from '../catalog/regions'
import { idSchema, instantSchema } from '../common'
import { roleSchema } from '../roles'
import { isValidCreditCode, normalizeCreditCode } from '../validation/credit-code'
import { MOBILE_PATTERN, normalizeMobile } from '../validation/mobile'
import { displayNameSchema } from '../validation/display-name'

/** Version of the privacy guide the user agreed to; bump it when the guide changes to ask again. */
export const PRIVACY_GUIDE_VERSION = '2026-11'

export const APPLICATION_STATUSES = ['pending', 'approved', 'rejected'] as const
export const applicationStatusSchema = z.enum(APPLICATION_STATUSES)
export type ApplicationStatus = z.infer<typeof applicationStatusSchema>
export const APPLICATION_STATUS_LABELS: Record<ApplicationStatus, string> = {
  pending: '待审核',
  approved: '已通过',
  rejected: '未通过',
}

export const creditCodeSchema = z
  .string({ message: '请填写统一社会信用代码' })
  .transform(normalizeCreditCode)
  .pipe(
    z
      .string()
      .length(18, { message: '统一社会信用代码应为 18 位' })
      .refine(isValidCreditCode, { message: '统一社会信用代码校验位不正确，请核对' }),
  )

export const mobileSchema = z
  .string({ message: '请填写手机号码' })
  .transform(normalizeMobile)
  .pipe(z.string().regex(MOBILE_PATTERN, { message: '请填写 11 位中国大陆手机号码' }))

/** What a liaison officer fills in to register an enterprise. */
export const enterpriseApplicationInputSchema = z.object({
  enterpriseName: displayNameSchema('企业名称', 60, 2),
  creditCode: creditCodeSchema,
  industry: industryCodeSchema,
  exportMarkets: z
    .array(regionCodeSchema)
    .min(1, { message: '请至少选择一个出口市场' })
    .max(20, { message: '出口市场最多选择 20 个' })
    .refine((codes) => new Set(codes).size === codes.length, { message: '出口市场有重复' }),
  liaisonName: displayNameSchema('联络员姓名', 20, 2),
  mobile: mobileSchema,
})
export type EnterpriseApplicationInput = z.input<typeof enterpriseApplicationInputSchema>

/**
 * `register`: the credit code was new when the application was made. `join`: an enterprise with that
 * code already exists, so approval only adds the applicant as a further liaison; the enterprise's
 * own record is never changed by an application.
 */
export const APPLICATION_KINDS = ['register', 'join'] as const
export const applicationKindSchema = z.enum(APPLICATION_KINDS)
export type ApplicationKind = z.infer<typeof applicationKindSchema>

export const enterpriseApplicationSchema = z.object({
  applicationId: idSchema,
  applicantUserId: idSchema,
  status: applicationStatusSchema,
  kind: applicationKindSchema,
  /** Staff asked for an authorization letter with the company seal (授权委托书) before deciding. */
  proofRequired: z.boolean(),
  proofFileId: z.string().nullable(),
  /** Existing liaisons who objected to this join request. */
  objectionCount: z.number().int().min(0),
  enterpriseName: z.string(),
  creditCode: z.string(),
  industry: industryCodeSchema,
  exportMarkets: z.array(regionCodeSchema),
  liaisonName: z.string(),
  mobileMasked: z.string(),
  submittedAt: instantSchema,
  reviewedAt: instantSchema.nullable(),
  reviewReason: z.string().nullable(),
})
export type EnterpriseApplication = z.infer<typeof enterpriseApplicationSchema>

export const enterpriseSchema = z.object({
  enterpriseId: idSchema,
  name: z.string(),
  creditCode: z.string(),
  industry: industryCodeSchema,
  exportMarkets: z.array(regionCodeSchema),
  verifiedAt: instantSchema,
  /** The revision an edit must name (0 before the first edit). */
  revision: z.number().int().min(0),
})
export type Enterprise = z.infer<typeof enterpriseSchema>

export const userProfileSchema = z.object({
  userId: idSchema,
  displayName: z.string(),
  roles: z.array(roleSchema),
  privacyConsent: z.object({ version: z.string(), at: instantSchema }).nullable(),
  /** True when the consent on file is for an older guide: the client shows the consent screen again. */
  privacyConsentRequired: z.boolean(),
  enterprise: enterpriseSchema.nullable(),
  latestApplication: enterpriseApplicationSchema.nullable(),
})
export type UserProfile = z.infer<typeof userProfileSchema>
