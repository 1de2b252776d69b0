import { getSessionStats as contract } from '../../../../types/salons/contracts'
import { defineHandler } from '../../../core/define-handler'
import { sessionStats } from '../session-stats'
import { CURATOR_ROLES as STAFF_ROLES } from '../../shared/curator-roles'

export const getSessionStatsHandler = defineHandler({
  contract,
  access: STAFF_ROLES,
  async handle({ sessionId }, { runtime, now }) {
    return sessionStats(runtime.store, sessionId, now)
  },
})
