import { assertFieldPath } from '../shared/field-path'

/**
 * SQL expressions for one field of the stored JSON. `value` is what comparisons and ORDER BY use;
 * `type` is SQLite's JSON type name ('null', 'true', 'false', 'integer', 'real', 'text', 'array',
 * 'object') or NULL when the field is missing — comparisons check it so that JSON `true` (which
 * json_extract returns as 1) never equals the number 1, and "10" never compares with 9.
 *
 * The path is written into the SQL as a literal (validated, so it cannot contain quotes) on purpose:
 * only a literal `json_extract(doc, '$.field')` matches the expression indexes built from the specs.
 */
export interface FieldRef {
  value: string
  type: string
}

export function fieldRef(path: string): FieldRef {
  if (path === '_id') return { value: 'id', type: `'text'` }
  return { value: `json_extract(doc, ${jsonPath(path)})`, type: `json_type(doc, ${jsonPath(path)})` }
}

export function jsonPath(path: string): string {
  assertFieldPath(path)
  return `'$.${path}'`
}

/** The element columns of `json_each(...) AS alias`. */
export function elementRef(alias: string): FieldRef {
  return { value: `${alias}.value`, type: `${alias}.type` }
}
