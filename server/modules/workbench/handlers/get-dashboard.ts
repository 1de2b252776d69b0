import { getDashboard } from '../../../../types/workbench/dashboard'
import { defineHandler } from '../../../core/define-handler'
import { CURATOR_ROLES } from '../../shared/curator-roles'
import { buildDashboard } from '../dashboard/build-dashboard'

export const getDashboardHandler = defineHandler({
  contract: getDashboard,
  access: CURATOR_ROLES,
  handle: (input, { runtime }) => buildDashboard(runtime.store, input.period),
})
