import { listMyRegistrations as contract } from '../../../../types/salons/contracts'
import { defineHandler } from '../../../core/define-handler'
import { listMyRegistrations as listMine } from '../list-sessions'
import { ticketOf } from '../session-view'

export const listMyRegistrationsHandler = defineHandler({
  contract,
  access: 'signed-in',
  async handle(input, { runtime, caller }) {
    const { found, byId, total } = await listMine(runtime.store, caller.userId, input)
    const secret = runtime.config.ticketSecret ?? null
    const items = await Promise.all(
      found.map(async (r) => ({ ...(await ticketOf(runtime.store, r, secret)), sessionTitle: byId.get(r.sessionId)?.title ?? '', startsAt: byId.get(r.sessionId)?.startsAt ?? r.createdAt })),
    )
    return { items, total, page: input.page, pageSize: input.pageSize }
  },
})
