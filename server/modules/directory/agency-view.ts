import type { Agency, AgencySummary } from '../../../types/directory/schemas'
import type { AgencyRecord } from './records'

export function toAgencyView(record: AgencyRecord): Agency {
  return {
    agencyId: record._id,
    seq: record.seq,
    batch: record.batch,
    sourceDocument: record.sourceDocument,
    name: record.name,
    legalForm: record.legalForm,
    personInCharge: record.personInCharge,
    address: record.address,
    district: record.district,
    services: record.services,
    ipTypes: record.ipTypes,
    countries: record.countries,
    phone: record.phone,
    intro: record.intro,
    location: record.location,
    status: record.status,
    statusReason: record.statusReason,
    revision: record.revision,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  }
}

export function toAgencySummary(record: AgencyRecord): AgencySummary {
  return {
    agencyId: record._id,
    seq: record.seq,
    batch: record.batch,
    name: record.name,
    personInCharge: record.personInCharge,
    address: record.address,
    district: record.district,
    services: record.services,
    ipTypes: record.ipTypes,
    countries: record.countries,
    phone: record.phone,
    status: record.status,
  }
}
