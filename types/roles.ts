import * as z from 'zod'

/**
 * Roles a signed-in user may hold. Everyone signed in can read and subscribe;
 * the roles below are granted by the bureau (or, for `liaison`, by approving an enterprise application).
 */
export const ROLES = ['liaison', 'expert', 'agency', 'staff', 'admin'] as const
export const roleSchema = z.enum(ROLES)
export type Role = z.infer<typeof roleSchema>

export const ROLE_LABELS: Record<Role, string> = {
  liaison: '企业联络员',
  expert: '专家',
  agency: '协助机构',
  staff: '局工作人员',
  admin: '管理员',
}
