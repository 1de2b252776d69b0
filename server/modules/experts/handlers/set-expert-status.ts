import { setExpertStatus } from '../../../../types/experts/contracts'
import { defineHandler } from '../../../core/define-handler'
import { CURATOR_ROLES } from '../../shared/curator-roles'
import { toExpertView } from '../expert-view'
import { setExpertStatus as setStatus } from '../set-expert-status'

export const setExpertStatusHandler = defineHandler({
  contract: setExpertStatus,
  access: CURATOR_ROLES,
  async handle(input, { runtime, caller, now }) {
    return toExpertView(await setStatus(runtime.store, caller, { ...input, reason: input.reason ?? null }, now), true)
  },
})
