import { importAgencies } from '../../../../types/directory/contracts'
import { defineHandler } from '../../../core/define-handler'
import { CURATOR_ROLES } from '../../shared/curator-roles'
import { importAgencies as importFile } from '../import/import-agencies'

export const importAgenciesHandler = defineHandler({
  contract: importAgencies,
  access: CURATOR_ROLES,
  async handle({ format, content, dryRun }, { runtime, caller, now }) {
    return importFile(runtime.store, caller, { format, content, dryRun }, now)
  },
})
