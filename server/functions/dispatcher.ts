import { FUNCTION_NAMES } from '../../types/function-names'
import { defineCloudFunction } from '../core/cloud-function'
import { dispatchDueHandler } from '../modules/messaging/handlers/dispatch-due'
import { getMyNotificationSettingsHandler } from '../modules/messaging/handlers/get-my-notification-settings'
import { getUnreadCountHandler } from '../modules/messaging/handlers/get-unread-count'
import { listDeliveryProblemsHandler } from '../modules/messaging/handlers/list-delivery-problems'
import { listMyMessagesHandler } from '../modules/messaging/handlers/list-my-messages'
import { markMessagesReadHandler } from '../modules/messaging/handlers/mark-messages-read'
import { recordSubscribeResultsHandler } from '../modules/messaging/handlers/record-subscribe-results'
import { requeueDeliveryHandler } from '../modules/messaging/handlers/requeue-delivery'
import { MESSAGING_COLLECTIONS } from '../modules/messaging/records'
import { recipientOpenids } from '../modules/users/recipient-openids'
import { USERS_COLLECTIONS } from '../modules/users/records'

/**
 * Messaging: the outbox dispatcher (timer `dispatchDue`, the only caller of WeChat's
 * subscribeMessage.send), subscribe quotas, the in-app message center, and delivery problems for staff.
 */
export const dispatcherFunction = defineCloudFunction(
  FUNCTION_NAMES.dispatcher,
  [
    dispatchDueHandler(recipientOpenids),
    getMyNotificationSettingsHandler,
    recordSubscribeResultsHandler,
    listMyMessagesHandler,
    getUnreadCountHandler,
    markMessagesReadHandler,
    listDeliveryProblemsHandler,
    requeueDeliveryHandler,
  ],
  // Users are read for callers and for the recipients' OPENIDs.
  [...MESSAGING_COLLECTIONS, ...USERS_COLLECTIONS],
)
