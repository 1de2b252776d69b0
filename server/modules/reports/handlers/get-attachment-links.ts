import { getAttachmentLinks as contract } from '../../../../types/reports/contracts'
import { defineHandler } from '../../../core/define-handler'
import { attachmentLinks } from '../attachment-links'

export const getAttachmentLinksHandler = defineHandler({
  contract,
  access: 'signed-in',
  async handle(input, { runtime, caller, now }) {
    return attachmentLinks(runtime, caller, input.reportId, now)
  },
})
