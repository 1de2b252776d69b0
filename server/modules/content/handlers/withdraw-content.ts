import { withdrawContent } from '../../../../types/content/contracts'
import { defineHandler } from '../../../core/define-handler'
import { CURATOR_ROLES } from '../../shared/curator-roles'
import { toContentView } from '../content-view'
import { withdrawContent as withdraw } from '../withdraw-content'

export const withdrawContentHandler = defineHandler({
  contract: withdrawContent,
  access: CURATOR_ROLES,
  async handle(input, { runtime, caller, now }) {
    return toContentView(await withdraw(runtime.store, caller.userId, input, now))
  },
})
