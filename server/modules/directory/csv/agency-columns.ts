import { IP_TYPES } from '../../../../types/catalog/ip-types'
import { REGIONS } from '../../../../types/catalog/regions'
import { SERVICE_TYPES } from '../../../../types/catalog/service-types'
import { AGENCY_FIELD_LABELS, type AgencyField } from '../../../../types/directory/schemas'

/** Editable fields stored as one value per cell (location takes two cells, lists are joined). */
export type AgencyCellField = Exclude<AgencyField, 'location'>
export type AgencyListField = 'services' | 'ipTypes' | 'countries'

/**
 * What each CSV column means. `id` is the key for updates; `seq`, `status` and `updatedAt` are
 * exported for reading only; `revision` guards against importing over newer edits.
 */
export type AgencyColumnKey = 'id' | 'seq' | AgencyCellField | 'latitude' | 'longitude' | 'status' | 'revision' | 'updatedAt'

export interface AgencyColumn {
  key: AgencyColumnKey
  header: string
}

const field = (key: AgencyCellField): AgencyColumn => ({ key, header: AGENCY_FIELD_LABELS[key] })

/** Export order; an import may have any subset of these columns in any order. */
export const AGENCY_COLUMNS: readonly AgencyColumn[] = [
  { key: 'id', header: '编号' },
  { key: 'seq', header: '序号' },
  field('batch'),
  field('name'),
  field('legalForm'),
  field('personInCharge'),
  field('address'),
  field('district'),
  field('services'),
  field('ipTypes'),
  field('countries'),
  field('phone'),
  field('intro'),
  field('sourceDocument'),
  { key: 'latitude', header: '纬度' },
  { key: 'longitude', header: '经度' },
  { key: 'status', header: '状态' },
  { key: 'revision', header: '版本' },
  { key: 'updatedAt', header: '更新时间' },
]

export const HEADER_OF = new Map<AgencyColumnKey, string>(AGENCY_COLUMNS.map((c) => [c.key, c.header]))
export function headerOf(key: AgencyColumnKey): string {
  return HEADER_OF.get(key) ?? key
}

/** List cells hold Chinese names joined by '、'; codes are accepted on import too. */
export const LIST_SEPARATOR = '、'
export const LIST_SPLIT = /[、,，;；/\s]+/

export const LIST_CATALOGS: Record<AgencyListField, readonly { code: string; name: string }[]> = {
  services: SERVICE_TYPES,
  ipTypes: IP_TYPES,
  countries: REGIONS,
}

export const STATUS_CELLS = { active: '正常', suspended: '暂停' } as const
