/** A fresh id per subscribe popup ([A-Za-z0-9_-]{8,64}), so a retried record counts once. */
export function newRequestId(): string {
  const random = Math.random().toString(36).slice(2, 12).padEnd(10, '0')
  return `sub-${Date.now().toString(36)}-${random}`
}
