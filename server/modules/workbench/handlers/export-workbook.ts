import { exportWorkbook, getExportLink } from '../../../../types/workbench/exports'
import { defineHandler } from '../../../core/define-handler'
import { CURATOR_ROLES } from '../../shared/curator-roles'
import { createExport, renewExportLink } from '../exports/stored-exports'

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
