import { getMyProfile } from '../../../../types/users/contracts'
import { defineHandler } from '../../../core/define-handler'
import { buildProfile } from '../build-profile'
import { loadUser } from '../load-user'

export const getMyProfileHandler = defineHandler({
  contract: getMyProfile,
  access: 'signed-in',
  async handle(_input, { runtime, caller }) {
    return buildProfile(runtime.store, caller, await loadUser(runtime.store, caller))
  },
})
