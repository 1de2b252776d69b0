import { cancelSession as contract } from '../../../../types/salons/contracts'
import { defineHandler } from '../../../core/define-handler'
import { cancelSession as cancel } from '../session-admin'
import { detailOf } from '../session-view'
import { CURATOR_ROLES as STAFF_ROLES } from '../../shared/curator-roles'

export const cancelSessionHandler = defineHandler({
  contract,
  access: STAFF_ROLES,
  async handle({ sessionId, reason }, { runtime, now }) {
    return detailOf(runtime.store, await cancel(runtime.store, sessionId, reason, now), null, null, true)
  },
})
