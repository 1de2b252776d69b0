import * as z from 'zod'
import { districtSchema } from '../catalog/districts'
import { industryCodeSchema } from '../catalog/industries'
import { regionCodeSchema } from '../catalog/regions'
import { idSchema, pageInputSchema, pageOf, textSchema } from '../common'
import { defineAction } from '../contract'
import { FUNCTION_NAMES } from '../function-names'
import { reportSummarySchema } from '../reports/schemas'
import { enterpriseConsultationsSchema, enterpriseSalonsSchema } from './enterprise-activity'

const fn = FUNCTION_NAMES.workbench

/**
 * A liaison as staff know them: the name typed on the enterprise application (\`fromApplication\`),
 * or the account's WeChat nickname for someone who became a liaison by invitation without one.
 */
export const liaisonSchema = z.object({ userId: idSchema, name: z.string(), fromApplication: z.boolean() })
export type Liaison = z.infer<typeof liaisonSchema>

/** How a liaison's name reads in lists: a nickname is marked as such, so nobody mistakes it for a real name. */
export function liaisonLabel(liaison: Liaison): string {
  return liaison.fromApplication ? liaison.name : `${liaison.name}（微信昵称）`
}

/** 联络员制度: a verified enterprise with its liaison officers and the bureau's own fields. */
export const registryEntrySchema = z.object({
  enterpriseId: idSchema,
  name: z.string(),
  creditCode: z.string(),
  industry: industryCodeSchema,
  exportMarkets: z.array(regionCodeSchema),
  district: districtSchema.nullable(),
  keyEnterprise: z.boolean(),
  liaisons: z.array(liaisonSchema),
  /** `active` while it has a liaison; `no_liaison` after the last one was revoked. */
  status: z.enum(['active', 'no_liaison']),
  verifiedAt: z.string(),
})
export type RegistryEntry = z.infer<typeof registryEntrySchema>
export const REGISTRY_STATUS_LABELS: Record<RegistryEntry['status'], string> = { active: '联络员在岗', no_liaison: '无联络员' }

export const listEnterprises = defineAction({
  functionName: fn,
  action: 'listEnterprises',
  input: pageInputSchema.extend({ keyOnly: z.boolean().default(false), district: districtSchema.optional() }),
  output: pageOf(registryEntrySchema),
})

/** Staff set the bureau's fields: the key-enterprise flag and the district (the application does not ask for it). */
export const updateRegistryEntry = defineAction({
  functionName: fn,
  action: 'updateRegistryEntry',
  input: z
    .object({ enterpriseId: idSchema, keyEnterprise: z.boolean().optional(), district: districtSchema.nullable().optional() })
    .refine((i) => i.keyEnterprise !== undefined || i.district !== undefined, { message: '没有需要修改的内容' }),
  output: registryEntrySchema,
})

/** The liaison loses the enterprise and the liaison role at once; the enterprise keeps its reports. */
export const revokeLiaison = defineAction({
  functionName: fn,
  action: 'revokeLiaison',
  input: z.object({ enterpriseId: idSchema, userId: idSchema, reason: textSchema('撤销原因', 200) }),
  output: registryEntrySchema,
})

/** One enterprise on one page: registry fields, liaisons, reports, consultations and salon attendance. */
export const getEnterpriseOverview = defineAction({
  functionName: fn,
  action: 'getEnterpriseOverview',
  input: z.object({ enterpriseId: idSchema }),
  output: z.object({
    enterprise: registryEntrySchema,
    reports: z.array(reportSummarySchema),
    reportTotal: z.number().int().min(0),
    consultations: enterpriseConsultationsSchema,
    salons: enterpriseSalonsSchema,
  }),
})
