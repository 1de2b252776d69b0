import * as z from 'zod'
import { regionCodeSchema } from '../catalog/regions'
import { idSchema, instantSchema, textSchema } from '../common'
import { optionalTextSchema } from '../validation/optional-text'
import { uniqueListSchema } from '../validation/unique-list'

/**
 * Legal deadlines abroad: the period a foreign office allows to act (oppose a squatted mark,
 * challenge a patent) after a triggering event. Staff keep the rules as data; a report stores
 * the last day computed from one rule revision. Summaries for orientation, not legal advice.
 */

/** A calendar date (YYYY-MM-DD) as the office or the liaison names it, without a time of day. */
export const calendarDateSchema = z
  .string({ message: '请选择日期' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: '日期格式应为 YYYY-MM-DD' })
  .refine((value) => {
    const [y, m, d] = value.split('-').map(Number)
    const date = new Date(Date.UTC(y, m - 1, d))
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
  }, { message: '日期不存在，请重新选择' })

export const DEADLINE_PROCEDURES = ['trademark_opposition', 'patent_opposition', 'post_grant_review'] as const
export const deadlineProcedureSchema = z.enum(DEADLINE_PROCEDURES, { message: '请选择程序' })
export type DeadlineProcedure = z.infer<typeof deadlineProcedureSchema>
export const DEADLINE_PROCEDURE_LABELS: Record<DeadlineProcedure, string> = {
  trademark_opposition: '商标异议',
  patent_opposition: '专利异议',
  post_grant_review: '专利授权后复审',
}

export const DEADLINE_TRIGGERS = [
  'application_published',
  'registration_published',
  'grant_published',
  'grant_date',
] as const
export const deadlineTriggerSchema = z.enum(DEADLINE_TRIGGERS, { message: '请选择起算事件' })
export type DeadlineTrigger = z.infer<typeof deadlineTriggerSchema>
export const DEADLINE_TRIGGER_LABELS: Record<DeadlineTrigger, string> = {
  application_published: '商标申请公告日',
  registration_published: '注册公告日',
  grant_published: '授权公告日',
  grant_date: '专利授权日',
}

export const PERIOD_UNITS = ['days', 'months'] as const
export const periodUnitSchema = z.enum(PERIOD_UNITS, { message: '请选择期限单位' })
export type PeriodUnit = z.infer<typeof periodUnitSchema>
export const PERIOD_UNIT_LABELS: Record<PeriodUnit, string> = { days: '天', months: '个月' }

export const periodSchema = z.object({
  amount: z.number({ message: '请填写期限长度' }).int({ message: '期限长度应为整数' }).min(1, { message: '期限至少为 1' }).max(366, { message: '期限不能超过 366' }),
  unit: periodUnitSchema,
})
export type Period = z.infer<typeof periodSchema>

export const CONFIDENCES = ['high', 'medium', 'low'] as const
export const confidenceSchema = z.enum(CONFIDENCES, { message: '请选择可信度' })
export type Confidence = z.infer<typeof confidenceSchema>
export const CONFIDENCE_LABELS: Record<Confidence, string> = {
  high: '已核对官方或法条原文',
  medium: '已核对专业来源',
  low: '待核实',
}

/** A rule not verified within this many months is flagged to staff. */
export const STALE_AFTER_MONTHS = 12

const timeZoneSchema = z
  .string({ message: '请填写官方所在时区' })
  .regex(/^[A-Za-z]+(?:\/[A-Za-z0-9_+-]+)+$|^UTC$/, { message: '时区应为 IANA 名称，如 America/New_York' })

/** What staff maintain for one office and procedure. */
export const deadlineRuleFieldsSchema = z.object({
  office: textSchema('官方机构简称', 20),
  officeName: textSchema('官方机构名称', 60),
  regions: uniqueListSchema(regionCodeSchema, '适用国家/地区', 30, 1),
  procedure: deadlineProcedureSchema,
  trigger: deadlineTriggerSchema,
  /** null: the office has no such procedure (e.g. Russia: observations only) — no date is computed. */
  period: periodSchema.nullable(),
  /**
   * true where the period runs "beginning with" the trigger day (UK), so it ends one day before
   * the corresponding date; false where it starts the day after (most offices).
   */
  countsTriggerDay: z.boolean().default(false),
  /** Whether and how the period can be extended, for people. */
  extension: optionalTextSchema('延期说明', 200).default(null),
  /** The longest the period can run with every extension, from the trigger. */
  maxWithExtensions: periodSchema.nullable().default(null),
  timeZone: timeZoneSchema,
  note: optionalTextSchema('说明', 300).default(null),
  sourceUrl: z.url({ message: '来源链接格式不正确' }).max(500).nullable().default(null),
  sourceCitation: textSchema('来源（法条或官方页面）', 300),
  verifiedOn: calendarDateSchema.nullable().default(null),
  confidence: confidenceSchema,
})
export type DeadlineRuleFields = z.output<typeof deadlineRuleFieldsSchema>

export const deadlineRuleSchema = deadlineRuleFieldsSchema.extend({
  ruleId: idSchema,
  revision: z.number().int().min(1),
  updatedAt: instantSchema,
  /** Not verified in the last STALE_AFTER_MONTHS months (or never). */
  stale: z.boolean(),
})
export type DeadlineRule = z.infer<typeof deadlineRuleSchema>

/** What the liaison picks on a report: the rule (office + procedure) and the trigger's date. */
export const legalDeadlineInputSchema = z.object({
  ruleId: idSchema,
  triggerDate: calendarDateSchema,
})
export type LegalDeadlineInput = z.infer<typeof legalDeadlineInputSchema>

/** The deadline as computed and stored on a report (never rewritten when the rule changes). */
export const legalDeadlineSchema = z.object({
  ruleId: idSchema,
  ruleRevision: z.number().int().min(1),
  office: z.string(),
  officeName: z.string(),
  procedure: deadlineProcedureSchema,
  trigger: deadlineTriggerSchema,
  triggerDate: calendarDateSchema,
  period: periodSchema.nullable(),
  countsTriggerDay: z.boolean(),
  extension: z.string().nullable(),
  maxWithExtensions: periodSchema.nullable(),
  timeZone: z.string(),
  /** The last day to act, in the office's own calendar; null when the office has no such procedure. */
  lastDay: calendarDateSchema.nullable(),
  /** The end of that day at the office, as a UTC instant. */
  lastMomentAt: instantSchema.nullable(),
  /** The latest day with every extension, when extensions exist. */
  lastDayWithExtensions: calendarDateSchema.nullable(),
  endsOnWeekend: z.boolean(),
  note: z.string().nullable(),
  sourceUrl: z.string().nullable(),
  sourceCitation: z.string(),
  verifiedOn: z.string().nullable(),
  confidence: confidenceSchema,
  computedAt: instantSchema,
  /** Set once when staff were alerted that the deadline is near and nobody has answered. */
  escalatedAt: instantSchema.nullable(),
})
export type LegalDeadline = z.infer<typeof legalDeadlineSchema>

/** Shown on a report computed from an older revision of its rule. */
export const ruleChangeSchema = z.object({ currentRevision: z.number().int(), updatedAt: instantSchema })
export type RuleChange = z.infer<typeof ruleChangeSchema>
