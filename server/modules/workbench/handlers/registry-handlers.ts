import { getEnterpriseOverview, listEnterprises, revokeLiaison, updateRegistryEntry } from '../../../../types/workbench/registry'
import { defineHandler } from '../../../core/define-handler'
import { CURATOR_ROLES } from '../../shared/curator-roles'
import * as registry from '../registry/registry'

export const listEnterprisesHandler = defineHandler({
  contract: listEnterprises,
  access: CURATOR_ROLES,
  handle: (input, { runtime }) => registry.listRegistry(runtime.store, input),
})

export const updateRegistryEntryHandler = defineHandler({
  contract: updateRegistryEntry,
  access: CURATOR_ROLES,
  handle: (input, { runtime, now }) => registry.updateRegistryEntry(runtime.store, input, now),
})

export const revokeLiaisonHandler = defineHandler({
  contract: revokeLiaison,
  access: CURATOR_ROLES,
  handle: (input, { runtime, now }) => registry.revokeLiaison(runtime.store, input, now),
})

export const getEnterpriseOverviewHandler = defineHandler({
  contract: getEnterpriseOverview,
  access: CURATOR_ROLES,
  handle: (input, { runtime, now }) => registry.enterpriseOverview(runtime.store, input.enterpriseId, now),
})
