import type { District } from '../../../types/catalog/districts'
import type { IpTypeCode } from '../../../types/catalog/ip-types'
import type { RegionCode } from '../../../types/catalog/regions'
import type { ServiceTypeCode } from '../../../types/catalog/service-types'
import type { AgencyStatus, Location } from '../../../types/directory/schemas'
import type { CollectionSpec } from '../../ports/collection-spec'
import type { VersionedRecord } from '../revisions/records'

export const AGENCIES = 'agencies'

/**
 * A designated assistance agency. The published fields (name, legalForm, personInCharge, address)
 * come from the bureau's list; the rest is maintained by staff in the directory.
 */
export interface AgencyRecord extends VersionedRecord {
  _id: string
  seq: number
  batch: string
  sourceDocument: string | null
  name: string
  legalForm: string
  personInCharge: string
  address: string
  district: District
  services: ServiceTypeCode[]
  ipTypes: IpTypeCode[]
  countries: RegionCode[]
  phone: string | null
  intro: string | null
  /** Geocoded once and stored as data (GCJ-02): the app never geocodes at run time. */
  location: Location | null
  status: AgencyStatus
  statusReason: string | null
  /**
   * The account (a user with the `agency` role) that works reports assigned to this agency; an
   * agency without one is never a candidate for assignment. Absent on records from before it existed.
   */
  caseHandlerUserId?: string | null
  /**
   * Name, person in charge, district, intro and service names in one string, kept in step with
   * every write: keyword search is then one case-insensitive substring test per word.
   */
  searchText: string
}

export const DIRECTORY_COLLECTIONS: CollectionSpec[] = [
  {
    name: AGENCIES,
    indexes: [
      { fields: [['status', 'asc'], ['seq', 'asc']] },
      { fields: [['district', 'asc']] },
      { fields: [['name', 'asc']], unique: true },
    ],
  },
]
