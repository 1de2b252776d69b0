import { markMessagesRead } from '../../../../types/messaging/contracts'
import { defineHandler } from '../../../core/define-handler'
import { countUnread, markRead } from '../message-center'

export const markMessagesReadHandler = defineHandler({
  contract: markMessagesRead,
  access: 'signed-in',
  async handle(input, { runtime, caller, now }) {
    await markRead(runtime.store, caller.userId, input, now)
    return { unreadCount: await countUnread(runtime.store, caller.userId) }
  },
})
