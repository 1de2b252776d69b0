import { recordSubscribeResults } from '../../types/messaging/contracts'
import type { SubscribeResult, TemplateKey, TemplateQuota } from '../../types/messaging/schemas'
import { callFunction } from './call-function'
import { requestSubscribe } from './request-subscribe'
import { newRequestId } from './subscribe-request-id'
import { loadedSubscribeTemplates, preloadSubscribeTemplates, templateIdsFor } from './subscribe-templates'

/**
 * Every tap that asks WeChat for permission to send subscribe messages, and which templates it asks
 * for. Every template the server can send must be asked for by at least one tap here
 * (subscribe-taps.test.ts fails otherwise), and each tap calls askToSubscribe(tap) as the FIRST
 * statement of its handler: WeChat opens the popup only synchronously inside a user's tap.
 * At most 3 keys per tap, all of one kind (one-time or long-term) in the configuration.
 */
export const SUBSCRIBE_TAPS = {
  /** 「开启推送」 on the alert subscription page. */
  alertEnablePush: ['alert_published'],
  /** 「继续接收推送」 after reading an alert when the one-time sends ran out. */
  alertTopUp: ['alert_published'],
  /** 「提交上报」: the reporter hears about every status change of the report. */
  reportSubmit: ['report_status_changed'],
  /** 「接单」: the assignee (liaison or expert) hears about replies, reopenings, reassignments. */
  reportAccept: ['report_status_changed'],
  /** 「提交申请」 of the enterprise registration: the applicant hears the review result. */
  enterpriseApply: ['application_reviewed'],
  /** 「确认预约」: the liaison hears the confirmation, the two reminders and any change by the other side. */
  consultationBook: ['consultation_booked', 'consultation_reminder', 'consultation_changed'],
  /** 「确认改期」: the moved booking's reminders and changes need fresh one-time sends. */
  consultationReschedule: ['consultation_reminder', 'consultation_changed'],
  /** 「保存」 of the availability editor: the provider hears of new, moved and cancelled bookings. */
  consultationProviderSave: ['consultation_booked', 'consultation_changed', 'consultation_reminder'],
  /** 「提交报名」/「加入候补」 of a training salon: seat or place in line, an offered seat, changes, reminders. */
  salonRegister: ['salon_status_changed', 'salon_reminder'],
  /** 「确认参加」 of an offered salon seat: changes and reminders for the seat just taken. */
  salonConfirmHold: ['salon_status_changed', 'salon_reminder'],
} as const satisfies Record<string, readonly TemplateKey[]>

export type SubscribeTap = keyof typeof SUBSCRIBE_TAPS

export interface SubscribeOutcome {
  results: Record<string, SubscribeResult>
  /** The caller's quotas after recording, or null when nothing was recorded. */
  quotas: TemplateQuota[] | null
  /** Why the popup or the recording failed (null when both worked), for taps that show it. */
  error: unknown
}

let popupOpen = false

/**
 * Opens WeChat's subscribe popup for the tap's templates, then records the answer on the server.
 * Call it first in the tap handler, before any await or state change. Resolves with null when there
 * is nothing to ask (templates not loaded yet, none configured, or a popup already open); never
 * rejects — a refused or failed popup must not stop what the tap itself does (see `error`).
 */
export function askToSubscribe(tap: SubscribeTap): Promise<SubscribeOutcome | null> {
  const templates = loadedSubscribeTemplates()
  if (!templates) {
    void preloadSubscribeTemplates()
    return Promise.resolve(null)
  }
  const templateIds = templateIdsFor(templates, SUBSCRIBE_TAPS[tap])
  if (templateIds.length === 0 || popupOpen) return Promise.resolve(null)
  popupOpen = true
  return requestSubscribe(templateIds)
    .finally(() => {
      popupOpen = false
    })
    .then(
      async (results): Promise<SubscribeOutcome | null> => {
        if (Object.keys(results).length === 0) return null
        try {
          const recorded = await callFunction(recordSubscribeResults, { requestId: newRequestId(), results })
          return { results, quotas: recorded.quotas, error: null }
        } catch (error) {
          return { results, quotas: null, error }
        }
      },
      (error: unknown) => ({ results: {}, quotas: null, error }),
    )
}
