import { exportWorkbook } from '../../../../types/workbench/exports'
import { defineHandler } from '../../../core/define-handler'
import { CURATOR_ROLES } from '../../shared/curator-roles'
import { exportWorkbook as build } from '../exports/export-workbook'

export const exportWorkbookHandler = defineHandler({
  contract: exportWorkbook,
  access: CURATOR_ROLES,
  handle: (input, { runtime, now }) => build(runtime.store, input, now),
})
