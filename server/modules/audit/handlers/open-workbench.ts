import { openWorkbench } from '../../../../types/workbench/audit'
import { defineHandler } from '../../../core/define-handler'
import { CURATOR_ROLES } from '../../shared/curator-roles'
import { USERS, type UserRecord } from '../../users/records'

export const openWorkbenchHandler = defineHandler({
  contract: openWorkbench,
  access: CURATOR_ROLES,
  async handle(_input, { runtime, caller, now }) {
    await runtime.audit?.recordSignIn(caller, 'workbench', now)
    const user = await runtime.store.collection<UserRecord>(USERS).getById(caller.userId)
    return { displayName: user?.displayName ?? '' }
  },
})
