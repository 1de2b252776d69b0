import { listStaffSessions as contract } from '../../../../types/salons/contracts'
import { defineHandler } from '../../../core/define-handler'
import { listSessions as listSessionsOf } from '../list-sessions'
import { CURATOR_ROLES as STAFF_ROLES } from '../../shared/curator-roles'

export const listStaffSessionsHandler = defineHandler({
  contract,
  access: STAFF_ROLES,
  async handle(input, { runtime, now }) {
    return listSessionsOf(runtime.store, input, now, 'staff')
  },
})
