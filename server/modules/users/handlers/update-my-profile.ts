import { updateMyProfile } from '../../../../types/users/contracts'
import { defineHandler } from '../../../core/define-handler'
import { buildProfile } from '../build-profile'
import { loadUser } from '../load-user'
import { userRepository } from '../user-repository'

export const updateMyProfileHandler = defineHandler({
  contract: updateMyProfile,
  access: 'signed-in',
  async handle({ displayName }, { runtime, caller, now }) {
    await userRepository(runtime.store).update(caller.userId, {
      $set: { displayName, updatedAt: now.toISOString() },
    })
    return buildProfile(runtime.store, caller, await loadUser(runtime.store, caller))
  },
})
