import { requireApplicationProof } from '../../../../types/users/contracts'
import { defineHandler } from '../../../core/define-handler'
import { toApplicationReview } from '../application-review'
import { requireApplicationProof as requireProof } from '../join-requests'

export const requireApplicationProofHandler = defineHandler({
  contract: requireApplicationProof,
  access: ['staff', 'admin'],
  async handle({ applicationId }, { runtime, now }) {
    return toApplicationReview(runtime.store, await requireProof(runtime.store, applicationId, now))
  },
})
