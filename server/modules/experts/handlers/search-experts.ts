import { searchExperts } from '../../../../types/experts/contracts'
import { defineHandler } from '../../../core/define-handler'
import { isCurator } from '../../shared/curator-roles'
import { searchExperts as search } from '../search-experts'

export const searchExpertsHandler = defineHandler({
  contract: searchExperts,
  access: 'signed-in',
  async handle(input, { runtime, caller }) {
    return search(runtime.store, input, isCurator(caller.roles))
  },
})
