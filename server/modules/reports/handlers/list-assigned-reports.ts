import { listAssignedReports as contract } from '../../../../types/reports/contracts'
import { defineHandler } from '../../../core/define-handler'
import { listAssignedReports } from '../list-reports'

export const listAssignedReportsHandler = defineHandler({
  contract,
  access: ['expert', 'agency'],
  async handle(input, { runtime, caller }) {
    return listAssignedReports(runtime.store, caller, input.status, input.page, input.pageSize)
  },
})
