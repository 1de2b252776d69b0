import * as z from 'zod'
import { districtSchema } from '../catalog/districts'
import { idSchema } from '../common'
import { defineAction } from '../contract'
import { FUNCTION_NAMES } from '../function-names'
import { periodSchema } from './period'

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: '日期格式应为 YYYY-MM-DD' })

/** What to export: the dashboard of a period, the annual summary sheet, or one of the workbench's lists. */
export const exportRequestSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('dashboard'), period: periodSchema }),
  z.object({ kind: z.literal('annual'), year: z.number().int().min(2020).max(2100) }),
  z.object({ kind: z.literal('registry'), keyOnly: z.boolean().default(false), district: districtSchema.optional() }),
  z.object({ kind: z.literal('audit'), actorUserId: idSchema.optional(), recordId: idSchema.optional(), from: date.optional(), to: date.optional() }),
], { message: '请选择导出内容' })

export const workbookFileSchema = z.object({
  fileName: z.string(),
  mimeType: z.literal('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
  /** The XLSX, base64: small (a dashboard is a few KB; lists are capped at MAX_EXPORT_ROWS). */
  content: z.string(),
  rowCount: z.number().int().min(0),
})
export type WorkbookFile = z.infer<typeof workbookFileSchema>
export const MAX_EXPORT_ROWS = 5000

export const exportWorkbook = defineAction({
  functionName: FUNCTION_NAMES.workbench,
  action: 'exportWorkbook',
  input: exportRequestSchema,
  output: workbookFileSchema,
})
