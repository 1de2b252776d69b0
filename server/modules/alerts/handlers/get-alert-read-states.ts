import { getAlertReadStates } from '../../../../types/alerts/contracts'
import { defineHandler } from '../../../core/define-handler'
import { readContentIds } from '../alert-reads'

export const getAlertReadStatesHandler = defineHandler({
  contract: getAlertReadStates,
  access: 'signed-in',
  async handle({ contentIds }, { runtime, caller }) {
    return { readContentIds: await readContentIds(runtime.store, caller.userId, contentIds) }
  },
})
