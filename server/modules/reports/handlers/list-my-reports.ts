import { listMyReports as contract } from '../../../../types/reports/contracts'
import { defineHandler } from '../../../core/define-handler'
import { listMyReports } from '../list-reports'

export const listMyReportsHandler = defineHandler({
  contract,
  access: ['liaison'],
  async handle(input, { runtime, caller }) {
    return listMyReports(runtime.store, caller, input.status, input.page, input.pageSize)
  },
})
