import { saveContentDraft } from '../../../../types/content/contracts'
import { defineHandler } from '../../../core/define-handler'
import { CURATOR_ROLES } from '../../shared/curator-roles'
import { toContentView } from '../content-view'
import { assertLinksAllowed } from '../link-domains/check-links'
import { linkDomainRepository } from '../link-domains/link-domain-repository'
import { saveContentDraft as save } from '../save-content-draft'

export const saveContentDraftHandler = defineHandler({
  contract: saveContentDraft,
  access: CURATOR_ROLES,
  async handle({ contentId, expectedRevision, fields }, { runtime, caller, now }) {
    // The contract guarantees a revision whenever an id is given.
    // The allow-list is data: one read, then the links are checked where the editor can show it.
    assertLinksAllowed(fields, await linkDomainRepository(runtime.store).listedSuffixes(now), ['fields'])
    const target = contentId !== undefined && expectedRevision !== undefined ? { contentId, expectedRevision } : null
    return toContentView(await save(runtime.store, caller, target, fields, now))
  },
})
