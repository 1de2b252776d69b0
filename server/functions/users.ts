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
  ],
  USERS_COLLECTIONS,
)
