import { publishSession as contract } from '../../../../types/salons/contracts'
import { defineHandler } from '../../../core/define-handler'
import { publishSession as publish } from '../session-admin'
import { detailOf } from '../session-view'
import { CURATOR_ROLES as STAFF_ROLES } from '../../shared/curator-roles'

export const publishSessionHandler = defineHandler({
  contract,
  access: STAFF_ROLES,
  async handle({ sessionId }, { runtime, now }) {
    return detailOf(runtime.store, await publish(runtime.store, sessionId, now), null, null, true)
  },
})
