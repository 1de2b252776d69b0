import { publishContent } from '../../../../types/content/contracts'
import { defineHandler } from '../../../core/define-handler'
import { CURATOR_ROLES } from '../../shared/curator-roles'
import type { ContentLifecycleHooks } from '../content-hooks'
import { toContentView } from '../content-view'
import { publishContent as publish } from '../publish-content'

/** Built by the function wiring with the hooks it connects (content imports no module that reacts to it). */
export function publishContentHandler(hooks: ContentLifecycleHooks) {
  return defineHandler({
    contract: publishContent,
    access: CURATOR_ROLES,
    async handle(input, { runtime, caller, now }) {
      return toContentView(await publish(runtime.store, caller.userId, input, now, hooks))
    },
  })
}
