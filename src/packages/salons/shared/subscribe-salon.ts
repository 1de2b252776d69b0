import { getMyNotificationSettings, recordSubscribeResults } from '../../../../types/messaging/contracts'
import type { SubscribeResult, TemplateKey } from '../../../../types/messaging/schemas'
import { callFunction } from '../../../services/call-function'
import { newRequestId } from '../../alerts/shared/request-id'

/** The templates a sign-up leads to: the status notice (seat, waiting list, offer, change) and the reminder. */
export const SALON_TEMPLATE_KEYS: readonly TemplateKey[] = ['salon_status_changed', 'salon_reminder']

/** Loaded with the page, so the tap itself can open the popup before any await. One-time ids only, at most 3. */
export async function loadSalonTemplateIds(): Promise<string[]> {
  const { templates } = await callFunction(getMyNotificationSettings, {})
  return templates.filter((t) => SALON_TEMPLATE_KEYS.includes(t.key) && t.kind === 'one_time').map((t) => t.templateId).slice(0, 3)
}

/** Records the popup's answers; a failure here never blocks the sign-up itself. */
export async function recordSalonSubscribe(results: Record<string, SubscribeResult>): Promise<void> {
  if (Object.keys(results).length === 0) return
  try {
    await callFunction(recordSubscribeResults, { requestId: newRequestId(), results })
  } catch {
    // The sign-up succeeded; the message center still receives every notice.
  }
}
