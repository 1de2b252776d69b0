import type { CollectionSpec } from '../../../ports/collection-spec'

export const LINK_DOMAINS = 'link_domains'

/**
 * One allowed domain suffix per document, keyed by the suffix itself: two staff adding or removing
 * different domains never touch the same document, and the same domain twice meets in one id.
 * Removal keeps the document (`removed`) so the default seeding never brings a removed default back.
 */
export interface LinkDomainRecord {
  _id: string
  domain: string
  note: string
  status: 'listed' | 'removed'
  isDefault: boolean
  /** Bumped by every change: the condition of the next one. */
  version: number
  createdAt: string
  updatedAt: string
  /** null for the shipped default. */
  updatedBy: string | null
}

/** `*` cannot appear in a domain label, so `_` keeps ids unique and plain. */
export function linkDomainId(domain: string): string {
  return `ld-${domain.replace('*', '_')}`
}

export const LINK_DOMAINS_COLLECTIONS: CollectionSpec[] = [{ name: LINK_DOMAINS, indexes: [] }]
