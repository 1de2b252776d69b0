import { FUNCTION_NAMES } from '../../types/function-names'
import { defineCloudFunction } from '../core/cloud-function'
import { listAuditLogHandler } from '../modules/audit/handlers/list-audit-log'
import { openWorkbenchHandler } from '../modules/audit/handlers/open-workbench'
import { AUDIT_COLLECTIONS } from '../modules/audit/records'
import { ALERTS_COLLECTIONS } from '../modules/alerts/records'
import { MESSAGING_COLLECTIONS } from '../modules/messaging/records'
import { REPORTS_COLLECTIONS } from '../modules/reports/records'
import { USERS_COLLECTIONS } from '../modules/users/records'
import { CONTENT_COLLECTIONS } from '../modules/content/records'
import { exportWorkbookHandler, getExportLinkHandler, purgeExportsHandler } from '../modules/workbench/handlers/export-workbook'
import { EXPORT_COLLECTIONS } from '../modules/workbench/exports/records'
import { getDashboardHandler } from '../modules/workbench/handlers/get-dashboard'
import { createInvitationHandler, redeemInvitationHandler } from '../modules/workbench/handlers/invitation-handlers'
import {
  getEnterpriseOverviewHandler,
  listEnterprisesHandler,
  revokeLiaisonHandler,
  updateRegistryEntryHandler,
} from '../modules/workbench/handlers/registry-handlers'
import { INVITATION_COLLECTIONS } from '../modules/workbench/invitations/records'
import { CONSULTATION_BOOKINGS, CONSULTATIONS_COLLECTIONS } from '../modules/consultations/records'
import { SALON_REGISTRATIONS, SALON_SESSIONS, SALONS_COLLECTIONS } from '../modules/salons/records'

/**
 * The bureau's workbench: dashboard figures computed in the database, the liaison registry,
 * invitations, exports and the audit log. Staff and admins only.
 */
export const workbenchFunction = defineCloudFunction(
  FUNCTION_NAMES.workbench,
  [
    getDashboardHandler,
    openWorkbenchHandler,
    listAuditLogHandler,
    listEnterprisesHandler,
    updateRegistryEntryHandler,
    revokeLiaisonHandler,
    getEnterpriseOverviewHandler,
    createInvitationHandler,
    redeemInvitationHandler,
    exportWorkbookHandler,
    getExportLinkHandler,
    purgeExportsHandler,
  ],
  // Reads reports, alert deliveries and reads, users and enterprises; the audit log every function appends to; its own exports.
  [...REPORTS_COLLECTIONS, ...MESSAGING_COLLECTIONS, ...ALERTS_COLLECTIONS, ...USERS_COLLECTIONS, ...AUDIT_COLLECTIONS, ...INVITATION_COLLECTIONS, ...CONTENT_COLLECTIONS, ...EXPORT_COLLECTIONS,
    // Bookings, salon sessions and registrations for the dashboard's figures, the workbook and the enterprise page (read only).
    ...CONSULTATIONS_COLLECTIONS.filter((spec) => spec.name === CONSULTATION_BOOKINGS),
    ...SALONS_COLLECTIONS.filter((spec) => spec.name === SALON_SESSIONS || spec.name === SALON_REGISTRATIONS),
  ],
)
