import { FUNCTION_NAMES } from '../../types/function-names'
import { defineCloudFunction } from '../core/cloud-function'
import { getContentHandler } from '../modules/content/handlers/get-content'
import { listContentRevisionsHandler } from '../modules/content/handlers/list-content-revisions'
import { ALERTS_COLLECTIONS } from '../modules/alerts/records'
import { MESSAGING_COLLECTIONS } from '../modules/messaging/records'
import { contentAlertHooks } from './content-alert-hooks'
import { publishContentHandler } from '../modules/content/handlers/publish-content'
import { saveContentDraftHandler } from '../modules/content/handlers/save-content-draft'
import { searchContentHandler } from '../modules/content/handlers/search-content'
import { withdrawContentHandler } from '../modules/content/handlers/withdraw-content'
import { CONTENT_COLLECTIONS } from '../modules/content/records'
import { addLinkDomainHandler } from '../modules/content/link-domains/handlers/add-link-domain'
import { listLinkDomainsHandler } from '../modules/content/link-domains/handlers/list-link-domains'
import { removeLinkDomainHandler } from '../modules/content/link-domains/handlers/remove-link-domain'
import { createAgencyHandler } from '../modules/directory/handlers/create-agency'
import { exportAgenciesHandler } from '../modules/directory/handlers/export-agencies'
import { getAgencyHandler } from '../modules/directory/handlers/get-agency'
import { importAgenciesHandler } from '../modules/directory/handlers/import-agencies'
import { listAgencyRevisionsHandler } from '../modules/directory/handlers/list-agency-revisions'
import { searchAgenciesHandler } from '../modules/directory/handlers/search-agencies'
import { setAgencyCaseHandlerHandler } from '../modules/directory/handlers/set-agency-case-handler'
import { setAgencyStatusHandler } from '../modules/directory/handlers/set-agency-status'
import { updateAgencyHandler } from '../modules/directory/handlers/update-agency'
import { DIRECTORY_COLLECTIONS } from '../modules/directory/records'
import { getExpertHandler } from '../modules/experts/handlers/get-expert'
import { listExpertRevisionsHandler } from '../modules/experts/handlers/list-expert-revisions'
import { searchExpertsHandler } from '../modules/experts/handlers/search-experts'
import { setExpertStatusHandler } from '../modules/experts/handlers/set-expert-status'
import { upsertExpertHandler } from '../modules/experts/handlers/upsert-expert'
import { EXPERTS_COLLECTIONS } from '../modules/experts/records'
import { REVISIONS_COLLECTIONS } from '../modules/revisions/records'
import { UNIQUE_CLAIMS_COLLECTIONS } from '../modules/shared/unique-claims'
import { USERS_COLLECTIONS } from '../modules/users/records'

/** The agency directory, the expert pool and the knowledge base (content shared with alerts). */
export const directoryFunction = defineCloudFunction(
  FUNCTION_NAMES.directory,
  [
    searchAgenciesHandler,
    getAgencyHandler,
    createAgencyHandler,
    updateAgencyHandler,
    setAgencyStatusHandler,
    setAgencyCaseHandlerHandler,
    listAgencyRevisionsHandler,
    exportAgenciesHandler,
    importAgenciesHandler,
    searchExpertsHandler,
    getExpertHandler,
    upsertExpertHandler,
    setExpertStatusHandler,
    listExpertRevisionsHandler,
    searchContentHandler,
    getContentHandler,
    saveContentDraftHandler,
    publishContentHandler(contentAlertHooks),
    withdrawContentHandler(contentAlertHooks),
    listContentRevisionsHandler,
    listLinkDomainsHandler,
    addLinkDomainHandler,
    removeLinkDomainHandler,
  ],
  // Users are read to resolve callers, check expert links and name the actors of revisions; the
  // content → alerts hooks write alert dispatches and cancel pending outbox rows.
  [...ALERTS_COLLECTIONS, ...MESSAGING_COLLECTIONS, ...DIRECTORY_COLLECTIONS, ...EXPERTS_COLLECTIONS, ...CONTENT_COLLECTIONS, ...REVISIONS_COLLECTIONS, ...USERS_COLLECTIONS, ...UNIQUE_CLAIMS_COLLECTIONS],
)
