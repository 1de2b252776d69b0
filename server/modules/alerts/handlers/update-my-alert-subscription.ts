import { updateMyAlertSubscription } from '../../../../types/alerts/contracts'
import { defineHandler } from '../../../core/define-handler'
import { saveSubscription } from '../../messaging/topic-subscriptions'

export const updateMyAlertSubscriptionHandler = defineHandler({
  contract: updateMyAlertSubscription,
  access: 'signed-in',
  async handle(topics, { runtime, caller, now }) {
    return { subscription: await saveSubscription(runtime.store, caller.userId, topics, now) }
  },
})
