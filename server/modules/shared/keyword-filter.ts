import type { Filter } from '../../ports/document-store'

/** More words than this in one search box add nothing but database work. */
export const MAX_KEYWORD_TERMS = 5

/**
 * Keyword search over a record's precomputed `searchText`: every whitespace-separated word must
 * occur (case-insensitive substring — works for Chinese, which has no word boundaries).
 */
export function keywordFilter(keyword: string | undefined, field = 'searchText'): Filter[] {
  if (!keyword) return []
  const terms = [...new Set(keyword.split(/\s+/).filter(Boolean))].slice(0, MAX_KEYWORD_TERMS)
  return terms.map((term) => ({ [field]: { $search: term } }))
}

/** Combines filters with AND, leaving out the empty `$and` when there is nothing to combine. */
export function allOf(base: Filter, extra: Filter[]): Filter {
  return extra.length === 0 ? base : { ...base, $and: extra }
}
