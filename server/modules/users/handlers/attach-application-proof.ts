import { attachApplicationProof } from '../../../../types/users/contracts'
import { defineHandler } from '../../../core/define-handler'
import { toApplicationView } from '../application-view'
import { attachApplicationProof as attachProof } from '../join-requests'

export const attachApplicationProofHandler = defineHandler({
  contract: attachApplicationProof,
  access: 'signed-in',
  async handle({ applicationId, fileId }, { runtime, caller }) {
    return toApplicationView(await attachProof(runtime.store, caller, applicationId, fileId))
  },
})
