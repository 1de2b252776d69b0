import { FUNCTION_NAMES } from '../../types/function-names'
import { defineCloudFunction } from '../core/cloud-function'
import { acceptPrivacyGuideHandler } from '../modules/users/handlers/accept-privacy-guide'
import { applyForEnterpriseHandler } from '../modules/users/handlers/apply-for-enterprise'
import { getApplicationHandler } from '../modules/users/handlers/get-application'
import { getMyProfileHandler } from '../modules/users/handlers/get-my-profile'
import { listApplicationsHandler } from '../modules/users/handlers/list-applications'
import { listMyApplicationsHandler } from '../modules/users/handlers/list-my-applications'
import { reviewApplicationHandler } from '../modules/users/handlers/review-application'
import { setUserRoleHandler } from '../modules/users/handlers/set-user-role'
import { updateMyProfileHandler } from '../modules/users/handlers/update-my-profile'
import { USERS_COLLECTIONS } from '../modules/users/records'
import { requireApplicationProofHandler } from '../modules/users/handlers/require-application-proof'
import { attachApplicationProofHandler } from '../modules/users/handlers/attach-application-proof'
import { listJoinRequestsHandler } from '../modules/users/handlers/list-join-requests'
import { objectToJoinRequestHandler } from '../modules/users/handlers/object-to-join-request'
import { listMyContactRevealsHandler } from '../modules/users/handlers/list-my-contact-reveals'
import { updateEnterpriseHandler } from '../modules/enterprises/handlers/update-enterprise'
import { listEnterpriseRevisionsHandler } from '../modules/enterprises/handlers/list-enterprise-revisions'
import { MESSAGING_COLLECTIONS } from '../modules/messaging/records'
import { REVISIONS_COLLECTIONS } from '../modules/revisions/records'
import { getApplicationProofLinkHandler } from '../modules/users/handlers/get-application-proof-link'

/** Sign-in, profile, privacy consent and enterprise registration. */
export const usersFunction = defineCloudFunction(
  FUNCTION_NAMES.users,
  [
    getMyProfileHandler,
    acceptPrivacyGuideHandler,
    updateMyProfileHandler,
    applyForEnterpriseHandler,
    listMyApplicationsHandler,
    listApplicationsHandler,
    getApplicationHandler,
    reviewApplicationHandler,
    setUserRoleHandler,
    requireApplicationProofHandler,
    attachApplicationProofHandler,
    listJoinRequestsHandler,
    objectToJoinRequestHandler,
    listMyContactRevealsHandler,
    updateEnterpriseHandler,
    listEnterpriseRevisionsHandler,
    getApplicationProofLinkHandler,
  ],
  // The outbox: application decisions and enterprise changes notify people (enqueueNotification).
  [...USERS_COLLECTIONS, ...REVISIONS_COLLECTIONS, ...MESSAGING_COLLECTIONS],
)
