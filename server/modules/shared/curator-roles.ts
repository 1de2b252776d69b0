import type { Role } from '../../../types/roles'

/** Who maintains the directory, the expert pool and the knowledge base. */
export const CURATOR_ROLES: readonly Role[] = ['staff', 'admin']

export function isCurator(roles: readonly Role[]): boolean {
  return roles.some((role) => CURATOR_ROLES.includes(role))
}
