import { getSession as contract } from '../../../../types/salons/contracts'
import { defineHandler } from '../../../core/define-handler'
import { notFound } from '../../../core/app-error'
import { isCurator } from '../../shared/curator-roles'
import { sessions } from '../registration-repository'
import { detailOf } from '../session-view'

export const getSessionHandler = defineHandler({
  contract,
  access: 'signed-in',
  async handle({ sessionId }, { runtime, caller }) {
    const session = await sessions(runtime.store).mustGet(sessionId)
    if (session.status === 'draft' && !isCurator(caller.roles)) throw notFound('活动不存在或尚未发布')
    return detailOf(runtime.store, session, caller.userId, runtime.config.ticketSecret ?? null, isCurator(caller.roles))
  },
})
