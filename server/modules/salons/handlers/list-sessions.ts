import { listSessions as contract } from '../../../../types/salons/contracts'
import { defineHandler } from '../../../core/define-handler'
import { listSessions as listSessionsOf } from '../list-sessions'

export const listSessionsHandler = defineHandler({
  contract,
  access: 'signed-in',
  async handle(input, { runtime, now }) {
    return listSessionsOf(runtime.store, input, now, 'public')
  },
})
