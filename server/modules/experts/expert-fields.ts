import { ipTypeName } from '../../../types/catalog/ip-types'
import { languageName } from '../../../types/catalog/languages'
import { regionName } from '../../../types/catalog/regions'
import { serviceTypeName } from '../../../types/catalog/service-types'
import { EXPERT_FIELD_LABELS, type ExpertFields } from '../../../types/experts/schemas'
import type { FieldChange } from '../../../types/revisions/schemas'
import { diffFields } from '../revisions/diff-fields'
import type { ExpertRecord } from './records'

export function expertSearchText(expert: ExpertFields): string {
  return [
    expert.name,
    expert.title,
    expert.affiliation,
    expert.intro ?? '',
    ...expert.serviceTypes.map(serviceTypeName),
    ...expert.ipTypes.map(ipTypeName),
    ...expert.countries.map(regionName),
    ...expert.languages.map(languageName),
  ].join('\n')
}

export function withExpertFields(record: ExpertRecord, fields: ExpertFields): ExpertRecord {
  return { ...record, ...fields, searchText: expertSearchText(fields) }
}

export function expertChanges(before: ExpertRecord | null, after: ExpertRecord): FieldChange[] {
  return diffFields(before, after, EXPERT_FIELD_LABELS)
}
