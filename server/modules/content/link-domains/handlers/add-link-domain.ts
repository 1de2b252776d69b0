import { addLinkDomain } from '../../../../../types/content/link-domains'
import { defineHandler } from '../../../../core/define-handler'
import { CURATOR_ROLES } from '../../../shared/curator-roles'
import { linkDomainRepository } from '../link-domain-repository'
import { toLinkDomainView } from '../link-domain-view'

export const addLinkDomainHandler = defineHandler({
  contract: addLinkDomain,
  access: CURATOR_ROLES,
  async handle({ domain, note }, { runtime, caller, now }) {
    const { record, alreadyListed } = await linkDomainRepository(runtime.store).add(domain, note, caller.userId, now)
    return { domain: toLinkDomainView(record), alreadyListed }
  },
})
