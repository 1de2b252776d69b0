import { previewAlertPush } from '../../../../types/alerts/push-preview'
import { defineHandler } from '../../../core/define-handler'
import { templatesOf } from '../../messaging/messaging-runtime'
import { CURATOR_ROLES } from '../../shared/curator-roles'
import { previewAlertPush as preview } from '../push-preview'

export const previewAlertPushHandler = defineHandler({
  contract: previewAlertPush,
  access: CURATOR_ROLES,
  async handle({ contentId, publishAt }, { runtime, now }) {
    return preview(runtime.store, templatesOf(runtime), contentId, publishAt ? new Date(publishAt) : now)
  },
})
