import { objectToJoinRequest } from '../../../../types/users/contracts'
import { defineHandler } from '../../../core/define-handler'
import { objectToJoinRequest as object } from '../join-requests'

export const objectToJoinRequestHandler = defineHandler({
  contract: objectToJoinRequest,
  access: ['liaison'],
  async handle({ applicationId, reason }, { runtime, caller, now }) {
    return object(runtime.store, caller, applicationId, reason, now)
  },
})
