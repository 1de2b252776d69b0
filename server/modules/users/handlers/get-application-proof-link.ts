import { attachmentKindOf } from '../../../../types/files'
import { getApplicationProofLink } from '../../../../types/users/contracts'
import { notFound } from '../../../core/app-error'
import { defineHandler } from '../../../core/define-handler'
import { applicationRepository } from '../application-repository'

/** As long as a report attachment's link: enough to open a PDF, short enough to die if forwarded. */
const PROOF_LINK_TTL_SECONDS = 10 * 60

export const getApplicationProofLinkHandler = defineHandler({
  contract: getApplicationProofLink,
  access: ['staff', 'admin'],
  async handle({ applicationId }, { runtime, now }) {
    const application = await applicationRepository(runtime.store).get(applicationId)
    if (!application) throw notFound('没有找到这份企业登记申请')
    const fileId = application.proofFileId
    if (!fileId) throw notFound('申请人还没有上传授权委托书')
    const urls = await runtime.files.temporaryUrls([fileId], PROOF_LINK_TTL_SECONDS)
    return {
      kind: attachmentKindOf(fileId),
      url: urls.get(fileId) ?? null,
      expiresAt: new Date(now.getTime() + PROOF_LINK_TTL_SECONDS * 1000).toISOString(),
    }
  },
})
