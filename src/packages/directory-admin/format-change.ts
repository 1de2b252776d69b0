import { ipTypeName } from '../../../types/catalog/ip-types'
import { languageName } from '../../../types/catalog/languages'
import { regionName } from '../../../types/catalog/regions'
import { serviceTypeName } from '../../../types/catalog/service-types'

const VALUE_NAMERS: Record<string, (code: string) => string> = {
  services: serviceTypeName,
  serviceTypes: serviceTypeName,
  ipTypes: ipTypeName,
  countries: regionName,
  languages: languageName,
}

/** A revision's before/after value for people: catalog names, '（空）' for nothing. */
export function formatChangeValue(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '（空）'
  if (Array.isArray(value)) {
    const namer = VALUE_NAMERS[field] ?? String
    return value.length === 0 ? '（空）' : value.map((v) => namer(String(v))).join('、')
  }
  if (typeof value === 'object') {
    const { latitude, longitude } = value as { latitude?: unknown; longitude?: unknown }
    if (latitude !== undefined && longitude !== undefined) return `${String(latitude)}, ${String(longitude)}`
    return JSON.stringify(value)
  }
  return String(value)
}
