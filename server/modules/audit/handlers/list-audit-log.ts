import { listAuditLog } from '../../../../types/workbench/audit'
import { defineHandler } from '../../../core/define-handler'
import { CURATOR_ROLES } from '../../shared/curator-roles'
import { listAuditLog as list } from '../list-audit-log'

export const listAuditLogHandler = defineHandler({
  contract: listAuditLog,
  access: CURATOR_ROLES,
  handle: (input, { runtime }) => list(runtime.store, input),
})
