import type { ActionError } from '../../../services/action-error'
import type { FieldErrors } from '../../../services/show-error'
import { dayjs, SHANGHAI } from '../../../../types/time'

/**
 * Field issues of saveContentDraft arrive as ['fields', name, …] (the form is nested in the
 * input); anything else (revision, id) is a toast only.
 */
export function editorErrors(error: ActionError): FieldErrors {
  const errors: FieldErrors = {}
  for (const issue of error.issues) {
    const [head, field] = issue.path
    const key = head === 'fields' && field !== undefined ? String(field) : head !== undefined ? String(head) : undefined
    if (key && !errors[key]) errors[key] = issue.message
  }
  return errors
}

export function defaultScheduleDay(): { date: string; time: string } {
  const tomorrow = dayjs().tz(SHANGHAI).add(1, 'day')
  return { date: tomorrow.format('YYYY-MM-DD'), time: '09:00' }
}
