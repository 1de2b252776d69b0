import * as z from 'zod'
import { ipTypeSchema } from '../catalog/ip-types'
import { languageSchema } from '../catalog/languages'
import { regionCodeSchema } from '../catalog/regions'
import { serviceTypeSchema } from '../catalog/service-types'
import { idSchema, instantSchema, textSchema } from '../common'
import { fileIdSchema } from '../files'
import { optionalTextSchema } from '../validation/optional-text'
import { uniqueListSchema } from '../validation/unique-list'
import { displayNameSchema } from '../validation/display-name'

export const EXPERT_STATUSES = ['active', 'unavailable'] as const
export const expertStatusSchema = z.enum(EXPERT_STATUSES, { message: '请选择专家状态' })
export type ExpertStatus = z.infer<typeof expertStatusSchema>
export const EXPERT_STATUS_LABELS: Record<ExpertStatus, string> = { active: '可接受咨询', unavailable: '暂不接受' }

/** Most open cases an expert may carry at once (assignment checks it later). */
export const MAX_OPEN_CASES_LIMIT = 50

/** What staff fill in for an expert of the pool (专家库). */
export const expertFieldsSchema = z.object({
  name: displayNameSchema('姓名', 20, 2),
  title: textSchema('职称或职务', 30),
  affiliation: textSchema('所在单位', 60, 2),
  ipTypes: uniqueListSchema(ipTypeSchema, '擅长的知识产权类型', 5, 1),
  serviceTypes: uniqueListSchema(serviceTypeSchema, '服务领域', 5, 1),
  countries: uniqueListSchema(regionCodeSchema, '熟悉的国家/地区', 60, 1),
  languages: uniqueListSchema(languageSchema, '工作语言', 10, 1),
  yearsOverseasExperience: z
    .number({ message: '请填写海外纠纷处理年限' })
    .int({ message: '年限请填写整数' })
    .min(0, { message: '年限不能为负数' })
    .max(60, { message: '年限不能超过 60 年' }),
  photoFileId: fileIdSchema.nullable(),
  intro: optionalTextSchema('个人简介', 1000),
  /** The user account with the expert role, so cases can be assigned to them; null until linked. */
  userId: idSchema.nullable(),
  maxOpenCases: z
    .number({ message: '请填写同时处理的案件上限' })
    .int({ message: '案件上限请填写整数' })
    .min(0, { message: '案件上限不能为负数' })
    .max(MAX_OPEN_CASES_LIMIT, { message: `案件上限不能超过 ${MAX_OPEN_CASES_LIMIT}` }),
})
export type ExpertFieldsInput = z.input<typeof expertFieldsSchema>
export type ExpertFields = z.output<typeof expertFieldsSchema>
export type ExpertField = keyof ExpertFields

export const EXPERT_FIELD_LABELS: Record<ExpertField, string> = {
  name: '姓名',
  title: '职称或职务',
  affiliation: '所在单位',
  ipTypes: '擅长的知识产权类型',
  serviceTypes: '服务领域',
  countries: '熟悉的国家/地区',
  languages: '工作语言',
  yearsOverseasExperience: '海外纠纷处理年限',
  photoFileId: '照片',
  intro: '个人简介',
  userId: '关联账号',
  maxOpenCases: '同时处理案件上限',
}

export const expertSchema = z.object({
  expertId: idSchema,
  name: z.string(),
  title: z.string(),
  affiliation: z.string(),
  ipTypes: z.array(ipTypeSchema),
  serviceTypes: z.array(serviceTypeSchema),
  countries: z.array(regionCodeSchema),
  languages: z.array(languageSchema),
  yearsOverseasExperience: z.number().int(),
  photoFileId: z.string().nullable(),
  intro: z.string().nullable(),
  /** Curators only (staff, admin): the linked case-handling account, case capacity, status note. */
  userId: idSchema.nullable().optional(),
  maxOpenCases: z.number().int().optional(),
  status: expertStatusSchema,
  statusReason: z.string().nullable().optional(),
  revision: z.number().int().min(1),
  createdAt: instantSchema,
  updatedAt: instantSchema,
})
export type Expert = z.infer<typeof expertSchema>

export const expertSummarySchema = expertSchema.pick({
  expertId: true,
  name: true,
  title: true,
  affiliation: true,
  ipTypes: true,
  serviceTypes: true,
  countries: true,
  languages: true,
  yearsOverseasExperience: true,
  photoFileId: true,
  status: true,
})
export type ExpertSummary = z.infer<typeof expertSummarySchema>
