import * as z from 'zod'

/**
 * Only meaningful for risk alerts. On its own so the alerts function, which needs only the labels
 * for push text, does not build every content schema (blocks, links) at its cold start.
 */
export const SEVERITIES = ['info', 'warning', 'urgent'] as const
export const severitySchema = z.enum(SEVERITIES, { message: '请选择预警等级' })
export type Severity = z.infer<typeof severitySchema>
export const SEVERITY_LABELS: Record<Severity, string> = { info: '提示', warning: '警示', urgent: '紧急' }
