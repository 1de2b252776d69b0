import { stopMyAlertSubscription } from '../../../../types/alerts/contracts'
import { defineHandler } from '../../../core/define-handler'
import { stopSubscription } from '../../messaging/topic-subscriptions'

export const stopMyAlertSubscriptionHandler = defineHandler({
  contract: stopMyAlertSubscription,
  access: 'signed-in',
  async handle(_input, { runtime, caller, now }) {
    return { subscription: await stopSubscription(runtime.store, caller.userId, now) }
  },
})
