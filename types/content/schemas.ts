import * as z from 'zod'
import { industryCodeSchema } from '../catalog/industries'
import { ipTypeSchema } from '../catalog/ip-types'
import { regionCodeSchema } from '../catalog/regions'
import { idSchema, instantSchema, textSchema } from '../common'
import { fileIdSchema } from '../files'
import { optionalTextSchema } from '../validation/optional-text'
import { uniqueListSchema } from '../validation/unique-list'
import { linkUrlSchema } from './allowed-links'
import { blockSchema, bodyInputSchema } from './blocks'
import { severitySchema } from './severity'

/**
 * One content model for the knowledge base and for alerts: risk alerts (预警) are simply the
 * `risk_alert` kind. The messaging work publishes and fans out alerts on top of these records.
 */
export const CONTENT_KINDS = ['risk_alert', 'law_change', 'fee_change', 'country_guide', 'typical_case'] as const
export const contentKindSchema = z.enum(CONTENT_KINDS, { message: '请选择内容类型' })
export type ContentKind = z.infer<typeof contentKindSchema>
export const CONTENT_KIND_LABELS: Record<ContentKind, string> = {
  risk_alert: '风险预警',
  law_change: '法律政策变化',
  fee_change: '官费变化',
  country_guide: '国别指南',
  typical_case: '典型案例',
}

/** Only meaningful for risk alerts (severity.ts). */
export { SEVERITIES, severitySchema, SEVERITY_LABELS, type Severity } from './severity'

export const CONTENT_STATUSES = ['draft', 'published', 'withdrawn'] as const
export const contentStatusSchema = z.enum(CONTENT_STATUSES)
export type ContentStatus = z.infer<typeof contentStatusSchema>
export const CONTENT_STATUS_LABELS: Record<ContentStatus, string> = { draft: '草稿', published: '已发布', withdrawn: '已撤回' }

/** Summaries go into subscribe messages, whose `thing` values hold at most 20 characters. */
export const SUMMARY_MAX = 20

/** A calendar day in China (YYYY-MM-DD), e.g. when a law or fee takes effect. */
export const calendarDateSchema = z.iso.date({ message: '日期格式应为 2026-01-31' })

export const feeRowSchema = z.object({
  item: textSchema('费用项目', 60),
  office: textSchema('收费机构', 40),
  amount: z
    .number({ message: '金额应为数字' })
    .min(0, { message: '金额不能为负数' })
    .max(1e9, { message: '金额过大，请核对' })
    .refine((n) => Math.round(n * 100) === n * 100, { message: '金额最多保留两位小数' }),
  currency: z
    .string({ message: '请填写币种' })
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{3}$/, { message: '币种请填写三位字母代码，如 USD、EUR、CNY' }),
})
export type FeeRow = z.infer<typeof feeRowSchema>

export const attachmentSchema = z.object({ fileId: fileIdSchema, name: textSchema('附件名称', 60) })

const contentFieldsObject = z.object({
  kind: contentKindSchema,
  title: textSchema('标题', 50, 4),
  summary: textSchema('摘要', SUMMARY_MAX, 2),
  body: bodyInputSchema,
  countries: uniqueListSchema(regionCodeSchema, '国家/地区', 20, 1),
  ipTypes: uniqueListSchema(ipTypeSchema, '知识产权类型', 5),
  industries: uniqueListSchema(industryCodeSchema, '行业', 15),
  severity: severitySchema.nullable(),
  source: optionalTextSchema('信息来源', 100),
  sourceUrl: linkUrlSchema.nullable(),
  effectiveDate: calendarDateSchema.nullable(),
  lessons: z.array(textSchema('启示', 300)).max(10, { message: '启示最多 10 条' }),
  feeRows: z.array(feeRowSchema).max(100, { message: '费用表最多 100 行' }),
  attachments: z.array(attachmentSchema).max(10, { message: '附件最多 10 个' }),
})

/**
 * The staff form for every kind. Kind-specific rules name the field to fix; fields that do not
 * belong to the chosen kind are cleared (a form switched from one kind to another keeps no leftovers).
 */
export const contentFieldsSchema = contentFieldsObject
  .superRefine((input, ctx) => {
    if (input.kind === 'risk_alert' && input.severity === null) {
      ctx.addIssue({ code: 'custom', path: ['severity'], message: '风险预警请选择预警等级' })
    }
    if (input.kind === 'typical_case' && input.lessons.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['lessons'], message: '典型案例请至少写一条启示' })
    }
    if (input.kind === 'fee_change' && input.feeRows.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['feeRows'], message: '官费变化请至少填写一行费用' })
    }
    if (input.kind === 'country_guide' && input.countries.length !== 1) {
      ctx.addIssue({ code: 'custom', path: ['countries'], message: '国别指南只能选择一个国家或地区' })
    }
  })
  .transform((input) => ({
    ...input,
    severity: input.kind === 'risk_alert' ? input.severity : null,
    lessons: input.kind === 'typical_case' ? input.lessons : [],
    feeRows: input.kind === 'fee_change' ? input.feeRows : [],
  }))
export type ContentFieldsInput = z.input<typeof contentFieldsSchema>
export type ContentFields = z.output<typeof contentFieldsSchema>
export type ContentField = keyof ContentFields

export const CONTENT_FIELD_LABELS: Record<ContentField, string> = {
  kind: '内容类型',
  title: '标题',
  summary: '摘要',
  body: '正文',
  countries: '国家/地区',
  ipTypes: '知识产权类型',
  industries: '行业',
  severity: '预警等级',
  source: '信息来源',
  sourceUrl: '来源链接',
  effectiveDate: '生效日期',
  lessons: '启示',
  feeRows: '费用表',
  attachments: '附件',
}

export const contentSummarySchema = z.object({
  contentId: idSchema,
  kind: contentKindSchema,
  title: z.string(),
  summary: z.string(),
  countries: z.array(regionCodeSchema),
  ipTypes: z.array(ipTypeSchema),
  industries: z.array(industryCodeSchema),
  severity: severitySchema.nullable(),
  effectiveDate: z.string().nullable(),
  status: contentStatusSchema,
  publishedAt: instantSchema.nullable(),
  updatedAt: instantSchema,
  revision: z.number().int().min(1),
})
export type ContentSummary = z.infer<typeof contentSummarySchema>

export const contentSchema = contentSummarySchema.extend({
  body: z.array(blockSchema),
  source: z.string().nullable(),
  sourceUrl: z.string().nullable(),
  lessons: z.array(z.string()),
  feeRows: z.array(z.object({ item: z.string(), office: z.string(), amount: z.number(), currency: z.string() })),
  attachments: z.array(z.object({ fileId: z.string(), name: z.string() })),
  withdrawnAt: instantSchema.nullable(),
  withdrawReason: z.string().nullable(),
  createdAt: instantSchema,
})
export type Content = z.infer<typeof contentSchema>
