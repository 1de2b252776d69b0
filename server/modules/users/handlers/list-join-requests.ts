import { listJoinRequests } from '../../../../types/users/contracts'
import { defineHandler } from '../../../core/define-handler'
import { listJoinRequests as list } from '../join-requests'

export const listJoinRequestsHandler = defineHandler({
  contract: listJoinRequests,
  access: ['liaison'],
  async handle(_input, { runtime, caller }) {
    return list(runtime.store, caller)
  },
})
