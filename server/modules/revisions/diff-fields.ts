import type { FieldChange } from '../../../types/revisions/schemas'

type Json = FieldChange['before']

/** JSON with object keys sorted, so two equal values always compare equal whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === undefined) return null
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      return Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    }
    return v
  })
}

function toJson(value: unknown): Json {
  return value === undefined ? null : (JSON.parse(canonical(value)) as Json)
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)
}

/**
 * Field-level changes between two versions of a record, in the order of `labels`. With no
 * `before` (a new record) only fields that hold something are listed, each with `before: null`.
 */
export function diffFields<T extends object, K extends keyof T & string>(
  before: T | null,
  after: T,
  labels: Readonly<Record<K, string>>,
): FieldChange[] {
  const changes: FieldChange[] = []
  for (const field of Object.keys(labels) as K[]) {
    const next = after[field]
    if (before === null) {
      if (!isEmpty(next)) changes.push({ field, label: labels[field], before: null, after: toJson(next) })
      continue
    }
    const previous = before[field]
    if (canonical(previous) !== canonical(next)) {
      changes.push({ field, label: labels[field], before: toJson(previous), after: toJson(next) })
    }
  }
  return changes
}
