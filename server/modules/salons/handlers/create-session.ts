import { createSession as contract } from '../../../../types/salons/contracts'
import { defineHandler } from '../../../core/define-handler'
import { createSession as create } from '../session-admin'
import { detailOf } from '../session-view'
import { CURATOR_ROLES as STAFF_ROLES } from '../../shared/curator-roles'

export const createSessionHandler = defineHandler({
  contract,
  access: STAFF_ROLES,
  async handle(input, { runtime, caller, now }) {
    return detailOf(runtime.store, await create(runtime.store, caller, input, now), null, null, true)
  },
})
