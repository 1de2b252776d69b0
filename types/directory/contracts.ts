import * as z from 'zod'
import { districtSchema } from '../catalog/districts'
import { ipTypeSchema } from '../catalog/ip-types'
import { regionCodeSchema } from '../catalog/regions'
import { serviceTypeSchema } from '../catalog/service-types'
import { idSchema, pageInputSchema, pageOf, textSchema } from '../common'
import { defineAction } from '../contract'
import { FUNCTION_NAMES } from '../function-names'
import { expectedRevisionSchema, revisionSchema } from '../revisions/schemas'
import { keywordSchema } from '../validation/keyword'
import { optionalTextSchema } from '../validation/optional-text'
import {
  agencyFieldsSchema,
  agencySchema,
  agencySortSchema,
  agencyStatusSchema,
  agencySummarySchema,
  districtFacetSchema,
} from './schemas'
import { exportFileSchema, importReportSchema, MAX_IMPORT_CHARS, transferFormatSchema } from './transfer-schemas'

const fn = FUNCTION_NAMES.directory

/**
 * One call per search: the page of agencies, the total, and how many agencies each district has
 * under the other filters (so the district chips show counts without another call).
 * Everyone sees active agencies; `status` is honoured for staff only (all statuses when omitted).
 */
export const searchAgencies = defineAction({
  functionName: fn,
  action: 'searchAgencies',
  input: pageInputSchema.extend({
    keyword: keywordSchema,
    district: districtSchema.optional(),
    ipType: ipTypeSchema.optional(),
    country: regionCodeSchema.optional(),
    service: serviceTypeSchema.optional(),
    status: agencyStatusSchema.optional(),
    sort: agencySortSchema.default('default'),
  }),
  output: pageOf(agencySummarySchema).extend({
    facets: z.object({ districts: z.array(districtFacetSchema) }),
  }),
})

/** A suspended agency is visible to staff only. */
export const getAgency = defineAction({
  functionName: fn,
  action: 'getAgency',
  input: z.object({ agencyId: idSchema }),
  output: agencySchema,
})

export const createAgency = defineAction({
  functionName: fn,
  action: 'createAgency',
  input: agencyFieldsSchema,
  output: agencySchema,
})

/** Saves the whole form; fails with CONFLICT when someone saved after `expectedRevision`. */
export const updateAgency = defineAction({
  functionName: fn,
  action: 'updateAgency',
  input: agencyFieldsSchema.extend({ agencyId: idSchema, expectedRevision: expectedRevisionSchema }),
  output: agencySchema,
})

/**
 * Links the account that works assigned reports for an agency (a user holding the 协助机构 role),
 * or unlinks it with `userId: null`. Only agencies with a linked account receive reports.
 */
export const setAgencyCaseHandler = defineAction({
  functionName: fn,
  action: 'setAgencyCaseHandler',
  input: z.object({ agencyId: idSchema, expectedRevision: expectedRevisionSchema, userId: idSchema.nullable() }),
  output: agencySchema,
})

export const setAgencyStatus = defineAction({
  functionName: fn,
  action: 'setAgencyStatus',
  input: z.discriminatedUnion('status', [
    z.object({
      agencyId: idSchema,
      expectedRevision: expectedRevisionSchema,
      status: z.literal('active'),
      reason: optionalTextSchema('恢复说明', 200).optional(),
    }),
    z.object({
      agencyId: idSchema,
      expectedRevision: expectedRevisionSchema,
      status: z.literal('suspended'),
      reason: textSchema('暂停原因', 200, 2),
    }),
  ]),
  output: agencySchema,
})

export const listAgencyRevisions = defineAction({
  functionName: fn,
  action: 'listAgencyRevisions',
  input: pageInputSchema.extend({ agencyId: idSchema }),
  output: pageOf(revisionSchema),
})

/** The whole directory (every status) as a file for Excel. */
export const exportAgencies = defineAction({
  functionName: fn,
  action: 'exportAgencies',
  input: z.object({ format: transferFormatSchema.default('csv') }),
  output: exportFileSchema,
})

/**
 * Rows are matched by 编号 (agency id) when given, otherwise by 机构名称; unmatched rows create
 * agencies. Columns left out of the file leave those fields unchanged. `dryRun` reports what would
 * happen; a real run writes nothing unless every row is valid, and then writes all rows together.
 */
export const importAgencies = defineAction({
  functionName: fn,
  action: 'importAgencies',
  input: z.object({
    format: transferFormatSchema.default('csv'),
    content: z
      .string({ message: '请选择要导入的文件' })
      .min(1, { message: '文件是空的，请检查后重新选择' })
      .max(MAX_IMPORT_CHARS, { message: `文件过大（超过 ${MAX_IMPORT_CHARS / 10_000} 万字），请分批导入` }),
    dryRun: z.boolean(),
  }),
  output: importReportSchema,
})
