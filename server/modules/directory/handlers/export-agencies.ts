import { exportAgencies } from '../../../../types/directory/contracts'
import { defineHandler } from '../../../core/define-handler'
import { CURATOR_ROLES } from '../../shared/curator-roles'
import { exportAgencies as exportFile } from '../export-agencies'

export const exportAgenciesHandler = defineHandler({
  contract: exportAgencies,
  access: CURATOR_ROLES,
  async handle({ format }, { runtime, now }) {
    return exportFile(runtime.store, now, format)
  },
})
