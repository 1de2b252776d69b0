import { formatShanghai } from '../../../../types/time'
import type { AgencyRecord } from '../records'
import { AGENCY_COLUMNS, LIST_CATALOGS, LIST_SEPARATOR, STATUS_CELLS, type AgencyColumnKey, type AgencyListField } from './agency-columns'

function listCell(field: AgencyListField, codes: readonly string[]): string {
  const names = new Map(LIST_CATALOGS[field].map((item) => [item.code, item.name]))
  return codes.map((code) => names.get(code) ?? code).join(LIST_SEPARATOR)
}

/** Mobile numbers as 138-0013-8000: Excel would show a bare 11-digit number as 1.38E+10. */
export function phoneCell(phone: string | null): string {
  if (!phone) return ''
  return /^1\d{10}$/.test(phone) ? `${phone.slice(0, 3)}-${phone.slice(3, 7)}-${phone.slice(7)}` : phone
}

function cell(record: AgencyRecord, key: AgencyColumnKey): string {
  switch (key) {
    case 'id':
      return record._id
    case 'seq':
      return String(record.seq)
    case 'services':
    case 'ipTypes':
    case 'countries':
      return listCell(key, record[key])
    case 'phone':
      return phoneCell(record.phone)
    case 'latitude':
      return record.location ? String(record.location.latitude) : ''
    case 'longitude':
      return record.location ? String(record.location.longitude) : ''
    case 'status':
      return STATUS_CELLS[record.status]
    case 'revision':
      return String(record.revision)
    case 'updatedAt':
      return formatShanghai(record.updatedAt, 'YYYY-MM-DD HH:mm:ss')
    default:
      return record[key] ?? ''
  }
}

export function agencyHeaderRow(): string[] {
  return AGENCY_COLUMNS.map((c) => c.header)
}

export function agencyRow(record: AgencyRecord): string[] {
  return AGENCY_COLUMNS.map((c) => cell(record, c.key))
}
