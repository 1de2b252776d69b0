import { withdrawContent } from '../../../../types/content/contracts'
import { defineHandler } from '../../../core/define-handler'
import { CURATOR_ROLES } from '../../shared/curator-roles'
import type { ContentLifecycleHooks } from '../content-hooks'
import { toContentView } from '../content-view'
import { withdrawContent as withdraw } from '../withdraw-content'

/** Built by the function wiring with the hooks it connects (content imports no module that reacts to it). */
export function withdrawContentHandler(hooks: ContentLifecycleHooks) {
  return defineHandler({
    contract: withdrawContent,
    access: CURATOR_ROLES,
    async handle(input, { runtime, caller, now }) {
      const withdrawn = await withdraw(runtime.store, caller.userId, input, now, hooks)
      await hooks.afterWithdrawn?.(runtime.store, withdrawn, now)
      return toContentView(withdrawn)
    },
  })
}
