import * as z from 'zod'
import { industryCodeSchema } from '../catalog/industries'
import { ipTypeSchema } from '../catalog/ip-types'
import { regionCodeSchema } from '../catalog/regions'
import { idSchema, pageInputSchema, pageOf, textSchema } from '../common'
import { defineAction } from '../contract'
import { FUNCTION_NAMES } from '../function-names'
import { expectedRevisionSchema, revisionSchema } from '../revisions/schemas'
import { keywordSchema } from '../validation/keyword'
import {
  contentFieldsSchema,
  contentKindSchema,
  contentSchema,
  contentStatusSchema,
  contentSummarySchema,
  severitySchema,
} from './schemas'

// Knowledge-base actions live in the `directory` function: one deploy unit for everything staff
// curate and enterprises look up. Alerts' subscriptions and fan-out live in `alerts`.
const fn = FUNCTION_NAMES.directory

/**
 * Published content by kind, country, IP type, industry and keyword, newest first. Staff may also
 * list drafts and withdrawn items with `status` (then ordered by last change).
 */
export const searchContent = defineAction({
  functionName: fn,
  action: 'searchContent',
  input: pageInputSchema.extend({
    kind: contentKindSchema.optional(),
    country: regionCodeSchema.optional(),
    ipType: ipTypeSchema.optional(),
    industry: industryCodeSchema.optional(),
    severity: severitySchema.optional(),
    keyword: keywordSchema,
    status: contentStatusSchema.optional(),
  }),
  output: pageOf(contentSummarySchema),
})

/** One item and up to five related published items (same country, same IP type where it has any). */
export const getContent = defineAction({
  functionName: fn,
  action: 'getContent',
  input: z.object({ contentId: idSchema }),
  output: z.object({ content: contentSchema, related: z.array(contentSummarySchema) }),
})

/**
 * Creates a draft (no `contentId`) or saves the whole form of an existing item, which needs the
 * revision the editor saw. Saving a published item changes it in place (recorded in its history)
 * without publishing it again.
 */
export const saveContentDraft = defineAction({
  functionName: fn,
  action: 'saveContentDraft',
  input: z
    .object({ contentId: idSchema.optional(), expectedRevision: expectedRevisionSchema.optional(), fields: contentFieldsSchema })
    .refine((input) => input.contentId === undefined || input.expectedRevision !== undefined, {
      message: '缺少版本号，请重新打开后再编辑',
      path: ['expectedRevision'],
    }),
  output: contentSchema,
})

export const publishContent = defineAction({
  functionName: fn,
  action: 'publishContent',
  input: z.object({ contentId: idSchema, expectedRevision: expectedRevisionSchema }),
  output: contentSchema,
})

export const withdrawContent = defineAction({
  functionName: fn,
  action: 'withdrawContent',
  input: z.object({ contentId: idSchema, expectedRevision: expectedRevisionSchema, reason: textSchema('撤回原因', 200, 2) }),
  output: contentSchema,
})

export const listContentRevisions = defineAction({
  functionName: fn,
  action: 'listContentRevisions',
  input: pageInputSchema.extend({ contentId: idSchema }),
  output: pageOf(revisionSchema),
})
