import { DEFAULT_FIND_LIMIT, MAX_FIND_LIMIT } from '../../ports/document-store'
import type { FindOptions, SortDirection } from '../../ports/document-store'
import { assertFieldPath } from './field-path'

export interface ResolvedFindOptions {
  orderBy: Array<[field: string, direction: SortDirection]>
  limit: number
  skip: number
}

/**
 * Applies the default limit and rejects limits above the cap instead of clamping: CloudBase would
 * silently return 1000 rows, and a caller that asked for more has a paging bug worth surfacing.
 */
export function resolveFindOptions(options: FindOptions = {}): ResolvedFindOptions {
  const limit = options.limit ?? DEFAULT_FIND_LIMIT
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_FIND_LIMIT) {
    throw new RangeError(`limit must be an integer from 1 to ${MAX_FIND_LIMIT}, got ${limit}`)
  }
  const skip = options.skip ?? 0
  if (!Number.isInteger(skip) || skip < 0) throw new RangeError(`skip must be a non-negative integer, got ${skip}`)
  const orderBy = (options.orderBy ?? []).map(([field, direction]): [string, SortDirection] => {
    assertFieldPath(field)
    if (direction !== 'asc' && direction !== 'desc') throw new RangeError(`sort direction must be asc or desc`)
    return [field, direction]
  })
  return { orderBy, limit, skip }
}
