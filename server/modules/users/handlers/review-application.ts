import { reviewApplication } from '../../../../types/users/contracts'
import { defineHandler } from '../../../core/define-handler'
import { toApplicationReview } from '../application-review'
import { reviewApplication as review } from '../review-application'

export const reviewApplicationHandler = defineHandler({
  contract: reviewApplication,
  access: ['staff', 'admin'],
  async handle(input, { runtime, caller, now }) {
    const decision = input.decision === 'approve' ? { decision: 'approve' as const } : { decision: 'reject' as const, reason: input.reason }
    return toApplicationReview(runtime.store, await review(runtime.store, caller, input.applicationId, decision, now))
  },
})
