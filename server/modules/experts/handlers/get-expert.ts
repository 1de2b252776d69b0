import { getExpert } from '../../../../types/experts/contracts'
import { defineHandler } from '../../../core/define-handler'
import { isCurator } from '../../shared/curator-roles'
import { toExpertView } from '../expert-view'
import { getExpert as load } from '../get-expert'

export const getExpertHandler = defineHandler({
  contract: getExpert,
  access: 'signed-in',
  async handle({ expertId }, { runtime, caller }) {
    const curator = isCurator(caller.roles)
    return toExpertView(await load(runtime.store, expertId, curator), curator)
  },
})
