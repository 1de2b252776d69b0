import { requeueDelivery } from '../../../../types/messaging/contracts'
import { defineHandler } from '../../../core/define-handler'
import { requeueDelivery as requeue } from '../delivery-problems'

export const requeueDeliveryHandler = defineHandler({
  contract: requeueDelivery,
  access: ['staff', 'admin'],
  async handle({ deliveryId }, { runtime, now }) {
    return requeue(runtime.store, deliveryId, now)
  },
})
