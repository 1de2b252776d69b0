/**
 * Field paths address (nested) document fields with dots: "profile.city".
 *
 * Both adapters put paths into their query languages (SQLite interpolates them into JSON path
 * literals so that expression indexes match; CloudBase uses them as object keys), so every path is
 * validated here before it reaches either one. Each dot-separated segment must be an identifier:
 * numeric segments ("items.0") are rejected because SQLite would read them as an object key while
 * CloudBase/Mongo reads them as an array index — the two would silently disagree.
 * `__proto__`, `constructor` and `prototype` are refused as segments: the SQLite adapter applies
 * updates by walking plain objects in JavaScript ("__proto__.x" would write to Object.prototype),
 * and no product field has such a name.
 */
const FIELD_PATH = /^[A-Za-z_][A-Za-z0-9_.]*$/
const SEGMENT = /^[A-Za-z_][A-Za-z0-9_]*$/
const PROTOTYPE_SEGMENTS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype'])

export class InvalidFieldPathError extends Error {
  constructor(readonly path: string) {
    super(`invalid field path ${JSON.stringify(path)}: use identifiers separated by dots`)
    this.name = 'InvalidFieldPathError'
  }
}

export function assertFieldPath(path: string): void {
  if (typeof path !== 'string' || !FIELD_PATH.test(path) || !path.split('.').every((s) => SEGMENT.test(s) && !PROTOTYPE_SEGMENTS.has(s))) {
    throw new InvalidFieldPathError(String(path))
  }
}

export function splitFieldPath(path: string): string[] {
  assertFieldPath(path)
  return path.split('.')
}

/** True when one path equals the other or addresses a field inside it ("a" and "a.b"). */
export function pathsOverlap(a: string, b: string): boolean {
  return a === b || a.startsWith(`${b}.`) || b.startsWith(`${a}.`)
}
