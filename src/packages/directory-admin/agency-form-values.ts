import type { District } from '../../../types/catalog/districts'
import type { IpTypeCode } from '../../../types/catalog/ip-types'
import type { RegionCode } from '../../../types/catalog/regions'
import type { ServiceTypeCode } from '../../../types/catalog/service-types'
import type { Agency } from '../../../types/directory/schemas'

/** What the agency form holds while being edited; agencyFieldsSchema decides whether it is valid. */
export interface AgencyFormValues {
  name: string
  legalForm: string
  personInCharge: string
  address: string
  district: District | null
  batch: string
  sourceDocument: string
  services: ServiceTypeCode[]
  ipTypes: IpTypeCode[]
  countries: RegionCode[]
  phone: string
  intro: string
  latitude: string
  longitude: string
}

export const EMPTY_AGENCY_FORM: AgencyFormValues = {
  name: '',
  legalForm: '',
  personInCharge: '',
  address: '',
  district: null,
  batch: '',
  sourceDocument: '',
  services: [],
  ipTypes: [],
  countries: [],
  phone: '',
  intro: '',
  latitude: '',
  longitude: '',
}

export function agencyFormValues(agency: Agency): AgencyFormValues {
  return {
    name: agency.name,
    legalForm: agency.legalForm,
    personInCharge: agency.personInCharge,
    address: agency.address,
    district: agency.district as District,
    batch: agency.batch,
    sourceDocument: agency.sourceDocument ?? '',
    services: [...agency.services],
    ipTypes: [...agency.ipTypes],
    countries: [...agency.countries],
    phone: agency.phone ?? '',
    intro: agency.intro ?? '',
    latitude: agency.location ? String(agency.location.latitude) : '',
    longitude: agency.location ? String(agency.location.longitude) : '',
  }
}

function coordinate(text: string): number {
  // Blank or unreadable text becomes NaN, which the schema reports as 「应为数字」.
  return text.trim() === '' ? Number.NaN : Number(text.trim())
}

/** The form as the schema's input: empty optional text as null, no position when both are blank. */
export function agencyFieldsFromForm(values: AgencyFormValues) {
  const { latitude, longitude, district, ...rest } = values
  const noLocation = latitude.trim() === '' && longitude.trim() === ''
  return {
    ...rest,
    district: district ?? undefined,
    sourceDocument: values.sourceDocument.trim() || null,
    phone: values.phone.trim() || null,
    intro: values.intro.trim() || null,
    location: noLocation ? null : { latitude: coordinate(latitude), longitude: coordinate(longitude) },
  }
}
