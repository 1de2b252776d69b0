/**
 * One key per draft, kept with it: a double tap or a retry after a timeout sends the same key and
 * the server returns the report it already made. No `crypto` on every platform, so time + random.
 */
export function newIdempotencyKey(): string {
  return (Date.now().toString(36) + Math.random().toString(36).slice(2)).slice(0, 64)
}
