import { getMyNotificationSettings } from '../../../../types/messaging/contracts'
import { defineHandler } from '../../../core/define-handler'
import { countUnread } from '../message-center'
import { templatesOf } from '../messaging-runtime'
import { listQuotas } from '../quota-ledger'
import { listTemplates } from '../template-config'

export const getMyNotificationSettingsHandler = defineHandler({
  contract: getMyNotificationSettings,
  access: 'signed-in',
  async handle(_input, { runtime, caller }) {
    const templates = templatesOf(runtime)
    const [quotas, unreadCount] = await Promise.all([
      listQuotas(runtime.store, templates, caller.userId),
      countUnread(runtime.store, caller.userId),
    ])
    return { templates: listTemplates(templates), quotas, unreadCount }
  },
})
