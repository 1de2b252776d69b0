import * as z from 'zod'
import { ipTypeSchema } from '../catalog/ip-types'
import { languageSchema } from '../catalog/languages'
import { regionCodeSchema } from '../catalog/regions'
import { serviceTypeSchema } from '../catalog/service-types'
import { idSchema, pageInputSchema, pageOf } from '../common'
import { defineAction } from '../contract'
import { FUNCTION_NAMES } from '../function-names'
import { expectedRevisionSchema, revisionSchema } from '../revisions/schemas'
import { keywordSchema } from '../validation/keyword'
import { optionalTextSchema } from '../validation/optional-text'
import { expertFieldsSchema, expertSchema, expertStatusSchema, expertSummarySchema } from './schemas'

const fn = FUNCTION_NAMES.directory

/**
 * Experts by keyword (name, title, affiliation, intro, fields, countries, languages) and filters;
 * most overseas experience first. Everyone sees available experts; `status` is honoured for staff only.
 */
export const searchExperts = defineAction({
  functionName: fn,
  action: 'searchExperts',
  input: pageInputSchema.extend({
    keyword: keywordSchema,
    ipType: ipTypeSchema.optional(),
    country: regionCodeSchema.optional(),
    language: languageSchema.optional(),
    serviceType: serviceTypeSchema.optional(),
    status: expertStatusSchema.optional(),
  }),
  output: pageOf(expertSummarySchema),
})

export const getExpert = defineAction({
  functionName: fn,
  action: 'getExpert',
  input: z.object({ expertId: idSchema }),
  output: expertSchema,
})

/**
 * Creates an expert (no `expertId`) or saves the whole form of an existing one, which needs the
 * revision the editor saw. A linked `userId` must be an account holding the expert role.
 */
export const upsertExpert = defineAction({
  functionName: fn,
  action: 'upsertExpert',
  // One object rather than a union, so a failed check still names the exact field for the form.
  input: expertFieldsSchema
    .extend({ expertId: idSchema.optional(), expectedRevision: expectedRevisionSchema.optional() })
    .refine((input) => input.expertId === undefined || input.expectedRevision !== undefined, {
      message: '缺少版本号，请重新打开后再编辑',
      path: ['expectedRevision'],
    }),
  output: expertSchema,
})

export const setExpertStatus = defineAction({
  functionName: fn,
  action: 'setExpertStatus',
  input: z.object({
    expertId: idSchema,
    expectedRevision: expectedRevisionSchema,
    status: expertStatusSchema,
    reason: optionalTextSchema('说明', 200).optional(),
  }),
  output: expertSchema,
})

export const listExpertRevisions = defineAction({
  functionName: fn,
  action: 'listExpertRevisions',
  input: pageInputSchema.extend({ expertId: idSchema }),
  output: pageOf(revisionSchema),
})
