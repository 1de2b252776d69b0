import { searchAttendees as contract } from '../../../../types/salons/contracts'
import { defineHandler } from '../../../core/define-handler'
import { searchAttendees as search } from '../session-stats'
import { CURATOR_ROLES as STAFF_ROLES } from '../../shared/curator-roles'

export const searchAttendeesHandler = defineHandler({
  contract,
  access: STAFF_ROLES,
  async handle({ sessionId, name }, { runtime }) {
    return { items: await search(runtime.store, sessionId, name) }
  },
})
