import type { IpTypeCode } from '../../../types/catalog/ip-types'
import type { RegionCode } from '../../../types/catalog/regions'
import type { CollectionSpec } from '../../ports/collection-spec'

export const AGENCIES = 'agencies'

/**
 * A designated assistance agency. The published fields (name, legalForm, personInCharge, address)
 * come from the bureau's list; the rest is maintained by staff in the directory.
 */
export interface AgencyRecord {
  _id: string
  seq: number
  batch: string
  sourceDocument: string
  name: string
  legalForm: string
  personInCharge: string
  address: string
  district: string
  services: string[]
  ipTypes: IpTypeCode[]
  countries: RegionCode[]
  phone: string | null
  intro: string | null
  /** Geocoded once and stored as data: the app never geocodes at run time. */
  location: { latitude: number; longitude: number } | null
  status: 'active' | 'suspended'
  createdAt: string
  updatedAt: string
}

export const DIRECTORY_COLLECTIONS: CollectionSpec[] = [
  {
    name: AGENCIES,
    indexes: [{ fields: [['status', 'asc'], ['seq', 'asc']] }, { fields: [['district', 'asc']] }, { fields: [['name', 'asc']], unique: true }],
  },
]
