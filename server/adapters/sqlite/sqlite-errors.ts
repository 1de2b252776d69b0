import { UniqueConstraintError } from '../shared/unique-constraint-error'

/**
 * better-sqlite3 throws `SqliteError`, whose class the native addon remembers from the first time
 * the library was loaded in the process. Under jest every test file loads it anew, so in all but
 * the first file those errors are not `instanceof Error` of the running file — matchers and any
 * `error instanceof Error` branch misbehave depending on test order. The adapter therefore never
 * lets a raw SqliteError escape: it rethrows this file's own classes with the original as `cause`.
 */
export class SqliteStoreError extends Error {
  constructor(
    message: string,
    /** SQLite's extended result code, e.g. SQLITE_BUSY. */
    readonly code: string,
    options?: ErrorOptions,
  ) {
    super(message, options)
    this.name = 'SqliteStoreError'
  }
}

/** better-sqlite3 reports a duplicate `id` (the PRIMARY KEY) with this extended result code. */
export function isPrimaryKeyViolation(error: unknown): boolean {
  return sqliteCode(error) === 'SQLITE_CONSTRAINT_PRIMARYKEY'
}

/**
 * Rethrow-ready form of an error from a SQLite call. The native addon also throws plain
 * TypeErrors (e.g. "The database connection is not open") from a foreign realm; those are
 * recreated locally too. Errors of this realm (our own validation errors) pass through untouched.
 */
export function fromSqliteError(error: unknown, collection: string): unknown {
  const code = sqliteCode(error)
  const message = String((error as { message?: unknown } | null)?.message ?? code ?? error)
  if (code === 'SQLITE_CONSTRAINT_UNIQUE') return new UniqueConstraintError(collection, message, { cause: error })
  if (code !== undefined) return new SqliteStoreError(message, code, { cause: error })
  if (typeof error === 'object' && error !== null && !(error instanceof Error)) {
    const name = (error as { name?: unknown }).name
    const LocalError = name === 'TypeError' ? TypeError : name === 'RangeError' ? RangeError : Error
    return new LocalError(message, { cause: error })
  }
  return error
}

function sqliteCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined
  const code = (error as { code?: unknown }).code
  return typeof code === 'string' && code.startsWith('SQLITE_') ? code : undefined
}
