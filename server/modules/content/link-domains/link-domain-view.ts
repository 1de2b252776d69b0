import type { LinkDomain } from '../../../../types/content/link-domains'
import type { LinkDomainRecord } from './records'

export function toLinkDomainView(record: LinkDomainRecord): LinkDomain {
  return { domain: record.domain, note: record.note, isDefault: record.isDefault, updatedAt: record.updatedAt }
}
