import { DISTRICTS } from '../../../../types/catalog/districts'
import { agencyFieldsSchema, type AgencyFields } from '../../../../types/directory/schemas'
import type { ImportIssue } from '../../../../types/directory/transfer-schemas'
import { agencyFieldsOf } from '../agency-fields'
import type { AgencyRecord } from '../records'
import {
  headerOf,
  LIST_CATALOGS,
  LIST_SPLIT,
  type AgencyCellField,
  type AgencyColumnKey,
  type AgencyListField,
} from '../csv/agency-columns'
import { unescapeFormula } from '../csv/write-csv'
import type { ColumnPositions } from './read-header'

type Issue = Omit<ImportIssue, 'row'>

const REQUIRED_ON_CREATE: readonly AgencyCellField[] = ['name', 'legalForm', 'personInCharge', 'address', 'district', 'batch']
const OPTIONAL_TEXT: readonly AgencyCellField[] = ['sourceDocument', 'phone', 'intro']
const LIST_FIELDS: readonly AgencyListField[] = ['services', 'ipTypes', 'countries']

/** A cell's text (trimmed, formula escape removed), or undefined when the file has no such column. */
export function cellOf(cells: readonly string[], positions: ColumnPositions, key: AgencyColumnKey): string | undefined {
  const index = positions.get(key)
  if (index === undefined) return undefined
  return unescapeFormula((cells[index] ?? '').trim())
}

function readList(field: AgencyListField, text: string, issues: Issue[]): string[] {
  const catalog = LIST_CATALOGS[field]
  const codes: string[] = []
  for (const token of text.split(LIST_SPLIT).filter(Boolean)) {
    const item = catalog.find((c) => c.name === token || c.code.toLowerCase() === token.toLowerCase())
    if (item) codes.push(item.code)
    else {
      const choices = catalog.length <= 8 ? `，可填：${catalog.map((c) => c.name).join('、')}` : '，请使用导出文件中的写法（如 美国、欧盟（整体））'
      issues.push({ column: headerOf(field), message: `「${token}」不是可选的${headerOf(field)}${choices}` })
    }
  }
  return codes
}

function readLocation(latText: string | undefined, lngText: string | undefined, fallback: AgencyFields['location'], issues: Issue[]) {
  if (latText === undefined || lngText === undefined) return fallback
  if (latText === '' && lngText === '') return null
  if (latText === '' || lngText === '') {
    issues.push({ column: headerOf(latText === '' ? 'latitude' : 'longitude'), message: '纬度和经度需同时填写或同时留空' })
    return null
  }
  const latitude = Number(latText)
  const longitude = Number(lngText)
  if (!Number.isFinite(latitude)) issues.push({ column: headerOf('latitude'), message: '纬度应为数字，如 34.0357' })
  if (!Number.isFinite(longitude)) issues.push({ column: headerOf('longitude'), message: '经度应为数字，如 113.8523' })
  return { latitude, longitude }
}

function issueColumn(path: readonly PropertyKey[]): string {
  const [first, second] = path
  if (first === 'location') return headerOf(second === 'longitude' ? 'longitude' : 'latitude')
  return headerOf(String(first) as AgencyColumnKey)
}

/**
 * The editable fields one CSV row describes: columns in the file replace the current values,
 * columns left out keep them (for a new agency the required ones must be there). Every problem
 * in the row is reported, each with its column, using the same checks as the edit form.
 */
export function readAgencyRow(
  cells: readonly string[],
  positions: ColumnPositions,
  current: AgencyRecord | null,
): { fields: AgencyFields | null; issues: Issue[] } {
  const issues: Issue[] = []
  const base = current ? agencyFieldsOf(current) : null
  const candidate: Record<string, unknown> = {}

  for (const field of ['name', 'legalForm', 'personInCharge', 'address', 'district', 'batch', ...OPTIONAL_TEXT] as const) {
    const text = cellOf(cells, positions, field)
    if (text !== undefined) candidate[field] = text
    else if (base) candidate[field] = base[field]
    else if (REQUIRED_ON_CREATE.includes(field)) {
      issues.push({ column: headerOf(field), message: `新建机构需要填写「${headerOf(field)}」，文件中没有这一列` })
    } else candidate[field] = null
  }
  for (const field of LIST_FIELDS) {
    const text = cellOf(cells, positions, field)
    candidate[field] = text === undefined ? (base?.[field] ?? []) : readList(field, text, issues)
  }
  candidate.location = readLocation(cellOf(cells, positions, 'latitude'), cellOf(cells, positions, 'longitude'), base?.location ?? null, issues)

  const parsed = agencyFieldsSchema.safeParse(candidate)
  if (parsed.success && issues.length === 0) return { fields: parsed.data, issues }
  if (!parsed.success) {
    const reported = new Set(issues.map((i) => i.column))
    for (const issue of parsed.error.issues) {
      const column = issueColumn(issue.path)
      if (reported.has(column)) continue
      reported.add(column)
      const message =
        issue.path[0] === 'district' && candidate.district
          ? `「${String(candidate.district)}」不是可选的县（市、区），可填：${DISTRICTS.join('、')}`
          : issue.message
      issues.push({ column, message })
    }
  }
  return { fields: null, issues }
}
