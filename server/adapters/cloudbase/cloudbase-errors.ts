/**
 * Recognising CloudBase failures that the port turns into results.
 *
 * wx-server-sdk rethrows server errors as `Error`s whose `message`/`errMsg` carry the server text,
 * and whose `errCode` is -501001 for codes it does not map (the duplicate-key code is not mapped),
 * so the numeric code alone says nothing. We therefore look at every text the error carries:
 *  - duplicate `_id` on `add`: the server code DATABASE_DUPLICATE_WRITE ("index key duplicate,
 *    for example inserting data with same _id") or MongoDB's own "E11000 duplicate key" text;
 *  - missing document on `doc(id).get()`: the SDK's own text "document with _id X does not exist"
 *    (deliberately narrow, so "collection does not exist" is never mistaken for it).
 * The integration contract test exercises both against a real environment.
 */
export function isDuplicateKeyError(error: unknown): boolean {
  return /DATABASE_DUPLICATE_WRITE|E11000|duplicate key/i.test(errorText(error))
}

export function isDocumentNotFoundError(error: unknown): boolean {
  return /document with _id .* does not exist/i.test(errorText(error))
}

function errorText(error: unknown): string {
  if (typeof error === 'string') return error
  if (typeof error !== 'object' || error === null) return ''
  const fields = ['code', 'errCode', 'message', 'errMsg'] as const
  return fields.map((f) => String((error as Partial<Record<(typeof fields)[number], unknown>>)[f] ?? '')).join(' ')
}
