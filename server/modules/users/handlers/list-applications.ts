import { listApplications } from '../../../../types/users/contracts'
import { defineHandler } from '../../../core/define-handler'
import { applicationRepository } from '../application-repository'
import { toApplicationView } from '../application-view'

export const listApplicationsHandler = defineHandler({
  contract: listApplications,
  access: ['staff', 'admin'],
  async handle({ status, page, pageSize }, { runtime }) {
    const { items, total } = await applicationRepository(runtime.store).page(status, page, pageSize)
    return { items: items.map(toApplicationView), total, page, pageSize }
  },
})
