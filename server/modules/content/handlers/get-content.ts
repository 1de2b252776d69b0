import { getContent } from '../../../../types/content/contracts'
import { defineHandler } from '../../../core/define-handler'
import { isCurator } from '../../shared/curator-roles'
import { toContentSummary, toContentView } from '../content-view'
import { getContent as load } from '../get-content'

export const getContentHandler = defineHandler({
  contract: getContent,
  access: 'signed-in',
  async handle({ contentId }, { runtime, caller }) {
    const { record, related } = await load(runtime.store, contentId, isCurator(caller.roles))
    return { content: toContentView(record), related: related.map(toContentSummary) }
  },
})
