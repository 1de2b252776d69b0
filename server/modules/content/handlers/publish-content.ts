import { publishContent } from '../../../../types/content/contracts'
import { defineHandler } from '../../../core/define-handler'
import { CURATOR_ROLES } from '../../shared/curator-roles'
import { toContentView } from '../content-view'
import { publishContent as publish } from '../publish-content'

export const publishContentHandler = defineHandler({
  contract: publishContent,
  access: CURATOR_ROLES,
  async handle(input, { runtime, caller, now }) {
    return toContentView(await publish(runtime.store, caller.userId, input, now))
  },
})
