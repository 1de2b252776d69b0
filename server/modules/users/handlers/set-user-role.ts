import { setUserRole } from '../../../../types/users/contracts'
import { defineHandler } from '../../../core/define-handler'
import { setRole } from '../admin-registry'

export const setUserRoleHandler = defineHandler({
  contract: setUserRole,
  access: ['admin'],
  async handle({ userId, role, granted }, { runtime, now }) {
    const user = await setRole(runtime.store, userId, role, granted, now, runtime.config.adminOpenids.length > 0)
    return { userId, roles: user.roles }
  },
})
