import { regionName } from '../../../types/catalog/regions'
import { blockTexts } from '../../../types/content/blocks'
import { CONTENT_FIELD_LABELS, CONTENT_KIND_LABELS, type ContentFields } from '../../../types/content/schemas'
import type { FieldChange } from '../../../types/revisions/schemas'
import { diffFields } from '../revisions/diff-fields'
import { ANY_TAG, type ContentRecord } from './records'

export function tagsOf(values: readonly string[]): string[] {
  return values.length > 0 ? [...values] : [ANY_TAG]
}

export function contentSearchText(fields: ContentFields): string {
  return [
    fields.title,
    fields.summary,
    CONTENT_KIND_LABELS[fields.kind],
    ...fields.body.flatMap(blockTexts),
    ...fields.lessons,
    fields.source ?? '',
    ...fields.countries.map(regionName),
  ].join('\n')
}

/** The derived fields that must follow every change of the editable ones. */
export function derivedContentFields(fields: ContentFields) {
  return { ipTypeTags: tagsOf(fields.ipTypes), industryTags: tagsOf(fields.industries), searchText: contentSearchText(fields) }
}

export function withContentFields(record: ContentRecord, fields: ContentFields): ContentRecord {
  return { ...record, ...fields, ...derivedContentFields(fields) }
}

export function contentChanges(before: ContentRecord | null, after: ContentRecord): FieldChange[] {
  return diffFields(before, after, CONTENT_FIELD_LABELS)
}
