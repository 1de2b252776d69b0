import { REGIONS } from '../../../types/catalog/regions'
import type { Filter } from '../../ports/document-store'
import { ANY_TOPIC } from './records'

/** What an alert is about; an empty dimension means it concerns everyone on that dimension. */
export interface AlertTargeting {
  countries: readonly string[]
  ipTypes: readonly string[]
  industries: readonly string[]
}

const EU_MEMBERS = REGIONS.filter((r) => r.group === 'eu' && r.code !== 'EU').map((r) => r.code as string)

/**
 * The EU is both a bloc and its member states: an alert about the EU concerns followers of any
 * member state, and an alert about Germany concerns followers of "the EU as a whole".
 */
export function expandCountries(countries: readonly string[]): string[] {
  const codes = new Set(countries)
  if (codes.has('EU')) EU_MEMBERS.forEach((c) => codes.add(c))
  if (EU_MEMBERS.some((c) => codes.has(c))) codes.add('EU')
  return [...codes]
}

/**
 * Active subscriptions that match an alert: on every dimension the subscriber follows one of the
 * alert's values or "any". One query shape, served by the (status, _id) index for paging.
 */
export function subscriberFilter(targeting: AlertTargeting): Filter {
  const filter: Filter = { status: 'active' }
  const dimensions: Array<[string, readonly string[]]> = [
    ['countries', expandCountries(targeting.countries)],
    ['ipTypes', targeting.ipTypes],
    ['industries', targeting.industries],
  ]
  for (const [field, values] of dimensions) {
    if (values.length > 0) filter[field] = { $containsAny: [...values, ANY_TOPIC] }
  }
  return filter
}
