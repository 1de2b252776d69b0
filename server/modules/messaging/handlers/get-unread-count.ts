import { getUnreadCount } from '../../../../types/messaging/contracts'
import { defineHandler } from '../../../core/define-handler'
import { countUnread } from '../message-center'

export const getUnreadCountHandler = defineHandler({
  contract: getUnreadCount,
  access: 'signed-in',
  async handle(_input, { runtime, caller }) {
    return { unreadCount: await countUnread(runtime.store, caller.userId) }
  },
})
