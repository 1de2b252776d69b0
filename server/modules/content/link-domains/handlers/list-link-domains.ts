import { listLinkDomains } from '../../../../../types/content/link-domains'
import { defineHandler } from '../../../../core/define-handler'
import { CURATOR_ROLES } from '../../../shared/curator-roles'
import { linkDomainRepository } from '../link-domain-repository'
import { toLinkDomainView } from '../link-domain-view'

export const listLinkDomainsHandler = defineHandler({
  contract: listLinkDomains,
  access: CURATOR_ROLES,
  async handle(_input, { runtime, now }) {
    const records = await linkDomainRepository(runtime.store).loadAll(now)
    const listed = records.filter((r) => r.status === 'listed').sort((a, b) => a.domain.localeCompare(b.domain))
    return { domains: listed.map(toLinkDomainView) }
  },
})
