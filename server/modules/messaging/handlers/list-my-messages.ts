import { listMyMessages } from '../../../../types/messaging/contracts'
import { defineHandler } from '../../../core/define-handler'
import { countUnread, listMessages } from '../message-center'

export const listMyMessagesHandler = defineHandler({
  contract: listMyMessages,
  access: 'signed-in',
  async handle({ page, pageSize, unreadOnly }, { runtime, caller }) {
    const [{ items, total }, unreadCount] = await Promise.all([
      listMessages(runtime.store, caller.userId, page, pageSize, unreadOnly),
      countUnread(runtime.store, caller.userId),
    ])
    return { items, total, page, pageSize, unreadCount }
  },
})
