import * as z from 'zod'
import { districtSchema } from '../catalog/districts'
import { ipTypeSchema } from '../catalog/ip-types'
import { regionCodeSchema } from '../catalog/regions'
import { serviceTypeSchema } from '../catalog/service-types'
import { idSchema, instantSchema, textSchema } from '../common'
import { optionalTextSchema } from '../validation/optional-text'
import { normalizePhone, PHONE_HINT } from '../validation/phone'
import { uniqueListSchema } from '../validation/unique-list'
import { displayNameSchema } from '../validation/display-name'

export const AGENCY_STATUSES = ['active', 'suspended'] as const
export const agencyStatusSchema = z.enum(AGENCY_STATUSES, { message: '请选择机构状态' })
export type AgencyStatus = z.infer<typeof agencyStatusSchema>
export const AGENCY_STATUS_LABELS: Record<AgencyStatus, string> = { active: '正常', suspended: '暂停' }

/** A phone number in any usual spelling, stored normalized (see validation/phone); empty means none. */
export const optionalPhoneSchema = z
  .string({ message: PHONE_HINT })
  .trim()
  .max(40, { message: PHONE_HINT })
  .nullable()
  .transform((value, ctx) => {
    if (!value) return null
    const normalized = normalizePhone(value)
    if (normalized) return normalized
    ctx.addIssue({ code: 'custom', message: PHONE_HINT })
    return z.NEVER
  })

/**
 * Map position in GCJ-02 (the system WeChat's map and `openLocation` use), entered once by staff
 * from a map picker: the app never geocodes addresses at run time.
 */
export const locationSchema = z.object({
  latitude: z
    .number({ message: '纬度应为数字' })
    .min(-90, { message: '纬度应在 -90 到 90 之间' })
    .max(90, { message: '纬度应在 -90 到 90 之间' }),
  longitude: z
    .number({ message: '经度应为数字' })
    .min(-180, { message: '经度应在 -180 到 180 之间' })
    .max(180, { message: '经度应在 -180 到 180 之间' }),
})
export type Location = z.infer<typeof locationSchema>

/**
 * Everything staff edit about an agency: the published fields (name, legal form, person in charge,
 * address — corrected only when the agency itself changes) and the directory fields. The same
 * schema checks the edit form, the API and every row of a CSV import.
 */
export const agencyFieldsSchema = z.object({
  name: displayNameSchema('机构名称', 60, 2),
  legalForm: textSchema('机构性质', 20),
  personInCharge: textSchema('负责人', 20),
  address: textSchema('地址', 120),
  district: districtSchema,
  batch: textSchema('批次', 20),
  sourceDocument: optionalTextSchema('来源文件', 60),
  services: uniqueListSchema(serviceTypeSchema, '服务类型', 5),
  ipTypes: uniqueListSchema(ipTypeSchema, '知识产权类型', 5),
  countries: uniqueListSchema(regionCodeSchema, '服务国家/地区', 60),
  phone: optionalPhoneSchema,
  intro: optionalTextSchema('机构简介', 1000),
  location: locationSchema.nullable(),
})
export type AgencyFieldsInput = z.input<typeof agencyFieldsSchema>
export type AgencyFields = z.output<typeof agencyFieldsSchema>
export type AgencyField = keyof AgencyFields

/** Labels of the editable fields: form labels, CSV headers and revision history all use these. */
export const AGENCY_FIELD_LABELS: Record<AgencyField, string> = {
  name: '机构名称',
  legalForm: '机构性质',
  personInCharge: '负责人',
  address: '地址',
  district: '所在县（市、区）',
  batch: '批次',
  sourceDocument: '来源文件',
  services: '服务类型',
  ipTypes: '知识产权类型',
  countries: '服务国家/地区',
  phone: '联系电话',
  intro: '机构简介',
  location: '地图位置',
}

export const agencySchema = z.object({
  agencyId: idSchema,
  /** Order of the published list; new agencies continue the numbering. */
  seq: z.number().int().min(1),
  batch: z.string(),
  sourceDocument: z.string().nullable(),
  name: z.string(),
  legalForm: z.string(),
  personInCharge: z.string(),
  address: z.string(),
  district: z.string(),
  services: z.array(serviceTypeSchema),
  ipTypes: z.array(ipTypeSchema),
  countries: z.array(regionCodeSchema),
  phone: z.string().nullable(),
  intro: z.string().nullable(),
  location: locationSchema.nullable(),
  status: agencyStatusSchema,
  statusReason: z.string().nullable(),
  // Consultation slots (预约咨询) attach to agencies by agencyId in a later issue; nothing here yet.
  revision: z.number().int().min(1),
  createdAt: instantSchema,
  updatedAt: instantSchema,
})
export type Agency = z.infer<typeof agencySchema>

/** What a list card shows; the detail page loads the rest. */
export const agencySummarySchema = agencySchema.pick({
  agencyId: true,
  seq: true,
  batch: true,
  name: true,
  personInCharge: true,
  address: true,
  district: true,
  services: true,
  ipTypes: true,
  countries: true,
  phone: true,
  status: true,
})
export type AgencySummary = z.infer<typeof agencySummarySchema>

export const AGENCY_SORTS = ['default', 'name'] as const
export const agencySortSchema = z.enum(AGENCY_SORTS)
export const AGENCY_SORT_LABELS: Record<(typeof AGENCY_SORTS)[number], string> = {
  default: '名录顺序',
  name: '名称',
}

export const districtFacetSchema = z.object({ district: districtSchema, count: z.number().int().min(0) })
export type DistrictFacet = z.infer<typeof districtFacetSchema>
