import { FUNCTION_NAMES } from '../../types/function-names'
import { defineCloudFunction } from '../core/cloud-function'
import { cancelAlertScheduleHandler } from '../modules/alerts/handlers/cancel-alert-schedule'
import { getAlertDeliveryStatsHandler } from '../modules/alerts/handlers/get-alert-delivery-stats'
import { getAlertReadStatesHandler } from '../modules/alerts/handlers/get-alert-read-states'
import { getMyAlertSubscriptionHandler } from '../modules/alerts/handlers/get-my-alert-subscription'
import { listAlertSchedulesHandler } from '../modules/alerts/handlers/list-alert-schedules'
import { markAlertReadHandler } from '../modules/alerts/handlers/mark-alert-read'
import { previewAlertPushHandler } from '../modules/alerts/handlers/preview-alert-push'
import { publishDueHandler } from '../modules/alerts/handlers/publish-due'
import { scheduleAlertHandler } from '../modules/alerts/handlers/schedule-alert'
import { stopMyAlertSubscriptionHandler } from '../modules/alerts/handlers/stop-my-alert-subscription'
import { updateMyAlertSubscriptionHandler } from '../modules/alerts/handlers/update-my-alert-subscription'
import { ALERTS_COLLECTIONS } from '../modules/alerts/records'
import { CONTENT_COLLECTIONS } from '../modules/content/records'
import { MESSAGING_COLLECTIONS } from '../modules/messaging/records'
import { REVISIONS_COLLECTIONS } from '../modules/revisions/records'
import { USERS_COLLECTIONS } from '../modules/users/records'

/**
 * Alerts on top of the content model: scheduled publishing and fan-out (timer `publishDue`),
 * topic subscriptions, read state and delivery stats. It writes outbox rows; only the dispatcher sends.
 */
export const alertsFunction = defineCloudFunction(
  FUNCTION_NAMES.alerts,
  [
    publishDueHandler,
    scheduleAlertHandler,
    cancelAlertScheduleHandler,
    listAlertSchedulesHandler,
    getAlertDeliveryStatsHandler,
    markAlertReadHandler,
    getAlertReadStatesHandler,
    getMyAlertSubscriptionHandler,
    updateMyAlertSubscriptionHandler,
    stopMyAlertSubscriptionHandler,
    previewAlertPushHandler,
  ],
  // Content and revisions: scheduled publishing goes through the content module's own publish.
  [...ALERTS_COLLECTIONS, ...MESSAGING_COLLECTIONS, ...CONTENT_COLLECTIONS, ...REVISIONS_COLLECTIONS, ...USERS_COLLECTIONS],
)
