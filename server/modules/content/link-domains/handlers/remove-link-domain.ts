import { removeLinkDomain } from '../../../../../types/content/link-domains'
import { defineHandler } from '../../../../core/define-handler'
import { CURATOR_ROLES } from '../../../shared/curator-roles'
import { linkDomainRepository } from '../link-domain-repository'

export const removeLinkDomainHandler = defineHandler({
  contract: removeLinkDomain,
  access: CURATOR_ROLES,
  async handle({ domain }, { runtime, caller, now }) {
    const wasListed = await linkDomainRepository(runtime.store).remove(domain, caller.userId, now)
    return { domain, wasListed }
  },
})
