import { searchAgencies } from '../../../../types/directory/contracts'
import { defineHandler } from '../../../core/define-handler'
import { isCurator } from '../../shared/curator-roles'
import { searchAgencies as search } from '../search-agencies'

export const searchAgenciesHandler = defineHandler({
  contract: searchAgencies,
  access: 'signed-in',
  async handle(input, { runtime, caller }) {
    return search(runtime.store, input, isCurator(caller.roles))
  },
})
