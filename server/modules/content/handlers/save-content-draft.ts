import { saveContentDraft } from '../../../../types/content/contracts'
import { defineHandler } from '../../../core/define-handler'
import { CURATOR_ROLES } from '../../shared/curator-roles'
import { toContentView } from '../content-view'
import { saveContentDraft as save } from '../save-content-draft'

export const saveContentDraftHandler = defineHandler({
  contract: saveContentDraft,
  access: CURATOR_ROLES,
  async handle({ contentId, expectedRevision, fields }, { runtime, caller, now }) {
    // The contract guarantees a revision whenever an id is given.
    const target = contentId !== undefined && expectedRevision !== undefined ? { contentId, expectedRevision } : null
    return toContentView(await save(runtime.store, caller, target, fields, now))
  },
})
