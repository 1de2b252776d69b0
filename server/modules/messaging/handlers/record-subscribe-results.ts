import { recordSubscribeResults } from '../../../../types/messaging/contracts'
import { defineHandler } from '../../../core/define-handler'
import { templatesOf } from '../messaging-runtime'
import { listQuotas, recordSubscribeResults as record } from '../quota-ledger'

export const recordSubscribeResultsHandler = defineHandler({
  contract: recordSubscribeResults,
  access: 'signed-in',
  async handle({ requestId, results }, { runtime, caller, now }) {
    const templates = templatesOf(runtime)
    const outcome = await record(runtime.store, templates, caller.userId, requestId, results, now)
    return { ...outcome, quotas: await listQuotas(runtime.store, templates, caller.userId) }
  },
})
