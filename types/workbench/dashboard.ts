import * as z from 'zod'
import { defineAction } from '../contract'
import { FUNCTION_NAMES } from '../function-names'
import { periodSchema } from './period'

/** One bar of a breakdown: the stored code (null: not recorded), its label and the count. */
export const breakdownRowSchema = z.object({ key: z.string().nullable(), label: z.string(), count: z.number().int().min(0) })
export type BreakdownRow = z.infer<typeof breakdownRowSchema>

/** Working-minute durations: how many were measured, their median and 90th percentile (nearest rank). */
const durationSchema = z.object({
  count: z.number().int().min(0),
  medianMinutes: z.number().nullable(),
  p90Minutes: z.number().nullable(),
})

const shareSchema = z.object({ count: z.number().int().min(0), rate: z.number().nullable() })

/** The EU China IP SME Helpdesk's published share of enquiries answered within 3 working days (2019–2023). */
export const EU_HELPDESK_WITHIN_3_DAYS = 0.988
/** One working day is 09:00–18:00, Asia/Shanghai. */
export const WORKING_DAY_MINUTES = 540

export const dashboardSchema = z.object({
  period: z.object({ from: z.string(), to: z.string(), label: z.string() }),
  reports: z.object({
    total: z.number().int().min(0),
    byServiceType: z.array(breakdownRowSchema),
    byIpType: z.array(breakdownRowSchema),
    byCountry: z.array(breakdownRowSchema),
    byDistrict: z.array(breakdownRowSchema),
  }),
  firstResponse: durationSchema.extend({
    withinOneDay: shareSchema,
    withinThreeDays: shareSchema,
    euHelpdeskWithinThreeDays: z.number(),
  }),
  resolution: durationSchema,
  sla: z.object({ breached: z.number().int().min(0), rate: z.number().nullable() }),
  satisfaction: z.object({
    ratings: z.number().int().min(0),
    satisfied: z.number().int().min(0),
    rate: z.number().nullable(),
    average: z.number().nullable(),
  }),
  /** Open cases now (not bound to the period): per assignee, and waiting for one (key null). */
  openByAssignee: z.array(breakdownRowSchema),
  alerts: z.object({ planned: z.number().int().min(0), delivered: z.number().int().min(0), read: z.number().int().min(0) }),
  /** Consultations whose slot started in the period, by outcome, and the ratings of those held. */
  consultations: z.object({
    held: z.number().int().min(0),
    noShows: z.number().int().min(0),
    cancelled: z.number().int().min(0),
    ratings: z.object({
      count: z.number().int().min(0),
      average: z.number().nullable(),
      satisfied: z.number().int().min(0),
      rate: z.number().nullable(),
    }),
  }),
  /** Published (not cancelled) salons that started in the period: confirmed seats and check-ins. */
  salons: z.object({
    sessions: z.number().int().min(0),
    registrations: z.number().int().min(0),
    attended: z.number().int().min(0),
    attendanceRate: z.number().nullable(),
  }),
})
export type Dashboard = z.infer<typeof dashboardSchema>

/** Staff and admins: every figure of the period, computed in the database. */
export const getDashboard = defineAction({
  functionName: FUNCTION_NAMES.workbench,
  action: 'getDashboard',
  input: z.object({ period: periodSchema }),
  output: dashboardSchema,
})
