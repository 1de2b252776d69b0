import { listMyApplications } from '../../../../types/users/contracts'
import { defineHandler } from '../../../core/define-handler'
import { applicationRepository } from '../application-repository'
import { toApplicationView } from '../application-view'

export const listMyApplicationsHandler = defineHandler({
  contract: listMyApplications,
  access: 'signed-in',
  async handle(_input, { runtime, caller }) {
    const records = await applicationRepository(runtime.store).listOf(caller.userId)
    return records.map(toApplicationView)
  },
})
