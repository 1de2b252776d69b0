import { exportAgencies } from '../../../../types/directory/contracts'
import { defineHandler } from '../../../core/define-handler'
import { CURATOR_ROLES } from '../../shared/curator-roles'
import { exportAgencies as exportCsv } from '../export-agencies'

export const exportAgenciesHandler = defineHandler({
  contract: exportAgencies,
  access: CURATOR_ROLES,
  // Only CSV exists so far; XLSX will be another branch on `format`.
  async handle(_input, { runtime, now }) {
    return exportCsv(runtime.store, now)
  },
})
