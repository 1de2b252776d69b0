import { markAlertRead } from '../../../../types/alerts/contracts'
import { defineHandler } from '../../../core/define-handler'
import { countUnread } from '../../messaging/message-center'
import { templatesOf } from '../../messaging/messaging-runtime'
import { markAlertRead as markRead } from '../alert-reads'
import { topUpPrompt } from '../top-up-prompt'

export const markAlertReadHandler = defineHandler({
  contract: markAlertRead,
  access: 'signed-in',
  async handle({ contentId }, { runtime, caller, now }) {
    const firstRead = await markRead(runtime.store, caller.userId, contentId, now)
    const [unreadMessages, topUp] = await Promise.all([
      countUnread(runtime.store, caller.userId),
      topUpPrompt(runtime.store, templatesOf(runtime), caller.userId),
    ])
    return { firstRead, unreadMessages, topUp }
  },
})
