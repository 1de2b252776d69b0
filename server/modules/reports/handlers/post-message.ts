import { postMessage as contract } from '../../../../types/reports/contracts'
import { defineHandler } from '../../../core/define-handler'
import { postMessage } from '../thread'

export const postMessageHandler = defineHandler({
  contract,
  access: 'signed-in',
  async handle(input, { runtime, caller, now }) {
    return postMessage(runtime.store, caller, input.reportId, input.text, now)
  },
})
