import { getMyAlertSubscription } from '../../../../types/alerts/contracts'
import { defineHandler } from '../../../core/define-handler'
import { getSubscription } from '../../messaging/topic-subscriptions'

export const getMyAlertSubscriptionHandler = defineHandler({
  contract: getMyAlertSubscription,
  access: 'signed-in',
  async handle(_input, { runtime, caller }) {
    return { subscription: await getSubscription(runtime.store, caller.userId) }
  },
})
