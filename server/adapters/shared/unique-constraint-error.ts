/**
 * A write would repeat a value of a unique index other than `_id` (that case is DuplicateIdError).
 * Both adapters throw this, so callers can tell "email already registered" from a failure.
 */
export class UniqueConstraintError extends Error {
  constructor(
    readonly collection: string,
    readonly detail: string,
    options?: ErrorOptions,
  ) {
    super(`unique index violated in ${collection}: ${detail}`, options)
    this.name = 'UniqueConstraintError'
  }
}
