import * as z from 'zod'
import { districtSchema } from '../catalog/districts'
import { idSchema, instantSchema } from '../common'
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

/** Long enough to open the file on a slow network, short enough that a forwarded link soon dies (as attachments). */
export const EXPORT_LINK_TTL_SECONDS = 10 * 60
/** How long its creator may ask for a fresh link to an export before having to export again. */
export const EXPORT_RELINK_HOURS = 24
export const XLSX_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/**
 * An export stored in cloud storage under its creator's own path, handed out as a short-lived link
 * (a file download in H5; downloadFile + openDocument in the mini program).
 */
export const exportLinkSchema = z.object({
  exportId: idSchema,
  fileName: z.string(),
  rowCount: z.number().int().min(0),
  /** CloudBase: a getTempFileURL link; locally: the gateway's signed `/api/files?…` path. */
  url: z.string(),
  expiresAt: instantSchema,
})
export type ExportLink = z.infer<typeof exportLinkSchema>
export const MAX_EXPORT_ROWS = 5000

export const exportWorkbook = defineAction({
  functionName: FUNCTION_NAMES.workbench,
  action: 'exportWorkbook',
  input: exportRequestSchema,
  output: exportLinkSchema,
})

/** A fresh link to one's own export (the first expired before it was opened); nobody else's. */
export const getExportLink = defineAction({
  functionName: FUNCTION_NAMES.workbench,
  action: 'getExportLink',
  input: z.object({ exportId: idSchema }),
  output: exportLinkSchema,
})

/** Timer only: deletes exports older than EXPORT_RELINK_HOURS (file and record); no one can get a link to them any more. */
export const purgeExports = defineAction({
  functionName: FUNCTION_NAMES.workbench,
  action: 'purgeExports',
  input: z.object({}),
  output: z.object({ purged: z.number().int().min(0) }),
})
