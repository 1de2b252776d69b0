import { getMyNotificationSettings, recordSubscribeResults } from '../../../../types/messaging/contracts'
import { BOOKING_TEMPLATE_KEYS } from '../../../../types/consultations/schemas'
import type { SubscribeResult } from '../../../../types/messaging/schemas'
import { callFunction } from '../../../services/call-function'
import { newBookingKey } from './booking-draft'

/**
 * The booking templates' ids, loaded with the page so the tap can ask for them synchronously. One
 * kind per popup (WeChat refuses mixed kinds): the kind of the first configured template wins.
 */
export async function loadBookingTemplateIds(): Promise<string[]> {
  try {
    const { templates } = await callFunction(getMyNotificationSettings, {})
    const ours = templates.filter((t) => (BOOKING_TEMPLATE_KEYS as readonly string[]).includes(t.key))
    return ours.filter((t) => t.kind === ours[0]?.kind).map((t) => t.templateId).slice(0, 3)
  } catch {
    // No prompt then: bookings still reach the message center.
    return []
  }
}

/** Records what the popup answered (after the booking call; a failure here never blocks booking). */
export async function recordBookingSubscribe(results: Record<string, SubscribeResult>): Promise<void> {
  if (Object.keys(results).length === 0) return
  try {
    await callFunction(recordSubscribeResults, { requestId: `sub-${newBookingKey()}`.slice(0, 64), results })
  } catch {
    // The quota is recorded on the next accepted prompt.
  }
}
