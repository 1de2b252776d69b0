import { serviceTypeName } from '../../../types/catalog/service-types'
import { AGENCY_FIELD_LABELS, type AgencyFields } from '../../../types/directory/schemas'
import type { FieldChange } from '../../../types/revisions/schemas'
import { diffFields } from '../revisions/diff-fields'
import type { AgencyRecord } from './records'

export function agencySearchText(agency: Pick<AgencyRecord, 'name' | 'personInCharge' | 'district' | 'intro' | 'services'>): string {
  // Newline-separated: search words never contain one, so no match spans two fields.
  return [agency.name, agency.personInCharge, agency.district, agency.intro ?? '', ...agency.services.map(serviceTypeName)].join('\n')
}

/** The record with these editable fields applied and its search text refreshed. */
export function withAgencyFields(record: AgencyRecord, fields: AgencyFields): AgencyRecord {
  const next: AgencyRecord = { ...record, ...fields }
  return { ...next, searchText: agencySearchText(next) }
}

export function agencyFieldsOf(record: AgencyRecord): AgencyFields {
  return {
    name: record.name,
    legalForm: record.legalForm,
    personInCharge: record.personInCharge,
    address: record.address,
    district: record.district,
    batch: record.batch,
    sourceDocument: record.sourceDocument,
    services: record.services,
    ipTypes: record.ipTypes,
    countries: record.countries,
    phone: record.phone,
    intro: record.intro,
    location: record.location,
  }
}

export function agencyChanges(before: AgencyRecord | null, after: AgencyRecord): FieldChange[] {
  return diffFields(before, after, AGENCY_FIELD_LABELS)
}
