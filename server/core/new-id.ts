import { randomBytes } from 'node:crypto'

/** A random, URL-safe id with a readable prefix ("app_…"), for records that need no dedupe key. */
export function newId(prefix: string): string {
  return `${prefix}_${randomBytes(12).toString('base64url')}`
}
