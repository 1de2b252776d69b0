import { exportAttendees as contract } from '../../../../types/salons/contracts'
import { defineHandler } from '../../../core/define-handler'
import { exportAttendees as exportFile } from '../session-stats'
import { CURATOR_ROLES as STAFF_ROLES } from '../../shared/curator-roles'

export const exportAttendeesHandler = defineHandler({
  contract,
  access: STAFF_ROLES,
  async handle({ sessionId, format }, { runtime, now }) {
    return exportFile(runtime.store, sessionId, format, now)
  },
})
