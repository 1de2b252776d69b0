import type { z } from 'zod'
import type { FieldIssue } from '../../types/envelope'

/** Keeps zod's issue list (path + message) so a form can mark each field. */
export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.filter((p): p is string | number => typeof p !== 'symbol'),
    message: issue.message,
  }))
}
