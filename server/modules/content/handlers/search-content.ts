import { searchContent } from '../../../../types/content/contracts'
import { defineHandler } from '../../../core/define-handler'
import { isCurator } from '../../shared/curator-roles'
import { searchContent as search } from '../search-content'

export const searchContentHandler = defineHandler({
  contract: searchContent,
  access: 'signed-in',
  async handle(input, { runtime, caller }) {
    return search(runtime.store, input, isCurator(caller.roles))
  },
})
