import { importAgencies } from '../../../../types/directory/contracts'
import { defineHandler } from '../../../core/define-handler'
import { CURATOR_ROLES } from '../../shared/curator-roles'
import { importAgencies as importCsv } from '../import/import-agencies'

export const importAgenciesHandler = defineHandler({
  contract: importAgencies,
  access: CURATOR_ROLES,
  async handle({ content, dryRun }, { runtime, caller, now }) {
    return importCsv(runtime.store, caller, { content, dryRun }, now)
  },
})
