import * as z from 'zod'
import { idSchema } from '../common'
import { fieldChangeSchema } from '../revisions/schemas'

/**
 * Import and export of the agency directory. Files travel inside the call: text for CSV, base64
 * base64 for XLSX, so the client only writes or reads a file and never parses one.
 */
export const TRANSFER_FORMATS = ['csv', 'xlsx'] as const
export const transferFormatSchema = z.enum(TRANSFER_FORMATS, { message: '请选择文件格式' })
export type TransferFormat = z.infer<typeof transferFormatSchema>

/**
 * Largest import accepted in one call: 200,000 characters (up to about 600 KB of UTF-8, under the
 * gateway's 1 MB body limit). A row is about 150 characters, so a 500-row import fits easily;
 * WeChat advises keeping call payloads under about 100 KB, which a typical directory file does.
 */
export const MAX_IMPORT_CHARS = 200_000

export const exportFileSchema = z.object({
  format: transferFormatSchema,
  fileName: z.string(),
  mimeType: z.string(),
  encoding: z.enum(['utf8', 'base64']),
  content: z.string(),
  rowCount: z.number().int().min(0),
})
export type ExportFile = z.infer<typeof exportFileSchema>

/** One problem in the file: its spreadsheet row (the header is row 1) and column header. */
export const importIssueSchema = z.object({
  row: z.number().int().min(1),
  column: z.string().nullable(),
  message: z.string(),
})
export type ImportIssue = z.infer<typeof importIssueSchema>

export const importReportSchema = z.object({
  dryRun: z.boolean(),
  /** True only when every row was valid and all changes were written together. */
  applied: z.boolean(),
  /** Data rows read (blank lines are skipped). */
  rowCount: z.number().int().min(0),
  errors: z.array(importIssueSchema),
  creates: z.array(z.object({ row: z.number().int(), name: z.string(), agencyId: idSchema.nullable() })),
  updates: z.array(
    z.object({ row: z.number().int(), agencyId: idSchema, name: z.string(), changes: z.array(fieldChangeSchema) }),
  ),
  unchanged: z.array(z.object({ row: z.number().int(), agencyId: idSchema, name: z.string() })),
})
export type ImportReport = z.infer<typeof importReportSchema>
