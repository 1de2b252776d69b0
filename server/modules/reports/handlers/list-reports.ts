import { listReports as contract } from '../../../../types/reports/contracts'
import { defineHandler } from '../../../core/define-handler'
import { listAllReports } from '../list-reports'

export const listReportsHandler = defineHandler({
  contract,
  access: ['staff', 'admin'],
  async handle(input, { runtime }) {
    const { page, pageSize, ...filters } = input
    return listAllReports(runtime.store, filters, page, pageSize)
  },
})
