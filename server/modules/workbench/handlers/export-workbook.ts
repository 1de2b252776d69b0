import { exportWorkbook, getExportLink, purgeExports } from '../../../../types/workbench/exports'
import { defineHandler } from '../../../core/define-handler'
import { CURATOR_ROLES } from '../../shared/curator-roles'
import { createExport, purgeExpiredExports, renewExportLink } from '../exports/stored-exports'

export const exportWorkbookHandler = defineHandler({
  contract: exportWorkbook,
  access: CURATOR_ROLES,
  handle: (input, { runtime, caller, now }) => createExport(runtime, caller, input, now),
})

export const getExportLinkHandler = defineHandler({
  contract: getExportLink,
  access: CURATOR_ROLES,
  handle: (input, { runtime, caller, now }) => renewExportLink(runtime, caller, input.exportId, now),
})

export const purgeExportsHandler = defineHandler({
  contract: purgeExports,
  access: 'timer',
  handle: (_input, { runtime, now }) => purgeExpiredExports(runtime, now),
})
