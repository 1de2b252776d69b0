import { FUNCTION_NAMES } from '../../types/function-names'
import { defineCloudFunction } from '../core/cloud-function'
import { CALENDAR_COLLECTIONS } from '../modules/calendar/records'
import { listDeadlineRuleRevisionsHandler } from '../modules/deadlines/handlers/list-deadline-rule-revisions'
import { listDeadlineRulesHandler } from '../modules/deadlines/handlers/list-deadline-rules'
import { saveDeadlineRuleHandler } from '../modules/deadlines/handlers/save-deadline-rule'
import { DEADLINES_COLLECTIONS } from '../modules/deadlines/records'
import { DIRECTORY_COLLECTIONS } from '../modules/directory/records'
import { EXPERTS_COLLECTIONS } from '../modules/experts/records'
import { MESSAGING_COLLECTIONS } from '../modules/messaging/records'
import { acceptReportHandler } from '../modules/reports/handlers/accept-report'
import { checkSlaHandler } from '../modules/reports/handlers/check-sla'
import { declineReportHandler } from '../modules/reports/handlers/decline-report'
import { getAttachmentLinksHandler } from '../modules/reports/handlers/get-attachment-links'
import { getReportHandler } from '../modules/reports/handlers/get-report'
import { listAssignedReportsHandler } from '../modules/reports/handlers/list-assigned-reports'
import { listMyReportsHandler } from '../modules/reports/handlers/list-my-reports'
import { listReportEventsHandler } from '../modules/reports/handlers/list-report-events'
import { listReportsHandler } from '../modules/reports/handlers/list-reports'
import { postMessageHandler } from '../modules/reports/handlers/post-message'
import { provideGuidanceHandler } from '../modules/reports/handlers/provide-guidance'
import { reassignReportHandler } from '../modules/reports/handlers/reassign-report'
import { rateReportHandler } from '../modules/reports/handlers/rate-report'
import { reopenReportHandler } from '../modules/reports/handlers/reopen-report'
import { requestMoreInfoHandler } from '../modules/reports/handlers/request-more-info'
import { resolveReportHandler } from '../modules/reports/handlers/resolve-report'
import { submitReportHandler } from '../modules/reports/handlers/submit-report'
import { withdrawReportHandler } from '../modules/reports/handlers/withdraw-report'
import { revealLiaisonContactHandler } from '../modules/reports/handlers/reveal-liaison-contact'
import { REPORTS_COLLECTIONS } from '../modules/reports/records'
import { REVISIONS_COLLECTIONS } from '../modules/revisions/records'
import { UNIQUE_CLAIMS_COLLECTIONS } from '../modules/shared/unique-claims'
import { USERS_COLLECTIONS } from '../modules/users/records'

/**
 * Dispute and risk reports: intake, automatic assignment, the case thread and timeline, SLA
 * escalation and satisfaction (timer `checkSla`). It writes outbox rows; only the dispatcher sends.
 */
export const reportsFunction = defineCloudFunction(
  FUNCTION_NAMES.reports,
  [
    submitReportHandler,
    listMyReportsHandler,
    getReportHandler,
    withdrawReportHandler,
    postMessageHandler,
    listAssignedReportsHandler,
    acceptReportHandler,
    declineReportHandler,
    requestMoreInfoHandler,
    provideGuidanceHandler,
    resolveReportHandler,
    listReportsHandler,
    reassignReportHandler,
    rateReportHandler,
    reopenReportHandler,
    checkSlaHandler,
    revealLiaisonContactHandler,
    listReportEventsHandler,
    getAttachmentLinksHandler,
    // Legal deadlines abroad: the rule table staff maintain (see modules/deadlines).
    listDeadlineRulesHandler,
    saveDeadlineRuleHandler,
    listDeadlineRuleRevisionsHandler,
  ],
  // Experts are read as assignment candidates; users to resolve callers, enterprises and staff;
  // the working calendar for the SLA clock; claims for the assignees' case slots.
  [
    ...REPORTS_COLLECTIONS,
    ...MESSAGING_COLLECTIONS,
    ...EXPERTS_COLLECTIONS,
    ...USERS_COLLECTIONS,
    ...DEADLINES_COLLECTIONS,
    ...REVISIONS_COLLECTIONS,
    ...CALENDAR_COLLECTIONS,
    ...UNIQUE_CLAIMS_COLLECTIONS,
    // Agencies are assignment candidates beside experts.
    ...DIRECTORY_COLLECTIONS,
  ],
)
