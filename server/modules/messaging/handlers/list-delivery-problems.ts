import { listDeliveryProblems } from '../../../../types/messaging/contracts'
import { defineHandler } from '../../../core/define-handler'
import { listDeliveryProblems as list } from '../delivery-problems'

export const listDeliveryProblemsHandler = defineHandler({
  contract: listDeliveryProblems,
  access: ['staff', 'admin'],
  async handle({ status, page, pageSize }, { runtime }) {
    const { items, total } = await list(runtime.store, status, page, pageSize)
    return { items, total, page, pageSize }
  },
})
