import { updateSession as contract } from '../../../../types/salons/contracts'
import { defineHandler } from '../../../core/define-handler'
import { updateSession as update } from '../session-admin'
import { detailOf } from '../session-view'
import { CURATOR_ROLES as STAFF_ROLES } from '../../shared/curator-roles'

export const updateSessionHandler = defineHandler({
  contract,
  access: STAFF_ROLES,
  async handle({ sessionId, ...input }, { runtime, now }) {
    return detailOf(runtime.store, await update(runtime.store, sessionId, input, now), null, null, true)
  },
})
