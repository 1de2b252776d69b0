import { setUserRole } from '../../../../types/users/contracts'
import { notFound } from '../../../core/app-error'
import { defineHandler } from '../../../core/define-handler'
import { userRepository } from '../user-repository'

export const setUserRoleHandler = defineHandler({
  contract: setUserRole,
  access: ['admin'],
  async handle({ userId, role, granted }, { runtime, now }) {
    const users = userRepository(runtime.store)
    if (!(await users.setRole(userId, role, granted, now.toISOString()))) throw notFound('没有找到该用户')
    const user = await users.get(userId)
    if (!user) throw notFound('没有找到该用户')
    return { userId, roles: user.roles }
  },
})
