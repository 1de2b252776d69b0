import { upsertExpert } from '../../../../types/experts/contracts'
import { defineHandler } from '../../../core/define-handler'
import { CURATOR_ROLES } from '../../shared/curator-roles'
import { toExpertView } from '../expert-view'
import { upsertExpert as upsert } from '../upsert-expert'

export const upsertExpertHandler = defineHandler({
  contract: upsertExpert,
  access: CURATOR_ROLES,
  async handle({ expertId, expectedRevision, ...fields }, { runtime, caller, now }) {
    // The contract guarantees a revision whenever an id is given.
    const target = expertId !== undefined && expectedRevision !== undefined ? { expertId, expectedRevision } : null
    return toExpertView(await upsert(runtime.store, caller, target, fields, now), true)
  },
})
