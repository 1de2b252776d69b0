import type { IndustryCode } from '../../../types/catalog/industries'
import type { RegionCode } from '../../../types/catalog/regions'
import type { Role } from '../../../types/roles'
import type { ApplicationStatus } from '../../../types/users/schemas'
import type { CollectionSpec } from '../../ports/collection-spec'

export const USERS = 'users'
export const ENTERPRISE_APPLICATIONS = 'enterprise_applications'
export const ENTERPRISES = 'enterprises'

export interface UserRecord {
  _id: string
  openid: string
  displayName: string
  roles: Role[]
  privacyConsent: { version: string; at: string } | null
  enterpriseId: string | null
  /** Set by one conditional update while an application is pending: the guard against re-applying. */
  pendingApplicationId: string | null
  createdAt: string
  updatedAt: string
}

export interface EnterpriseApplicationRecord {
  _id: string
  applicantUserId: string
  status: ApplicationStatus
  enterpriseName: string
  creditCode: string
  industry: IndustryCode
  exportMarkets: RegionCode[]
  liaisonName: string
  /** Stored in full (staff may need to call); every answer shows it masked. */
  mobile: string
  submittedAt: string
  reviewedAt: string | null
  reviewerUserId: string | null
  reviewReason: string | null
}

export interface EnterpriseRecord {
  /** `ent_<credit code>`: one enterprise per credit code, however many liaisons it has. */
  _id: string
  name: string
  creditCode: string
  industry: IndustryCode
  exportMarkets: RegionCode[]
  liaisonUserIds: string[]
  verifiedAt: string
  updatedAt: string
}

export const USERS_COLLECTIONS: CollectionSpec[] = [
  { name: USERS, indexes: [{ fields: [['openid', 'asc']], unique: true }, { fields: [['roles', 'asc']] }] },
  {
    name: ENTERPRISE_APPLICATIONS,
    indexes: [
      { fields: [['applicantUserId', 'asc'], ['submittedAt', 'desc']] },
      { fields: [['status', 'asc'], ['submittedAt', 'desc']] },
      { fields: [['creditCode', 'asc']] },
    ],
  },
  { name: ENTERPRISES, indexes: [{ fields: [['creditCode', 'asc']], unique: true }] },
  { name: 'role_holders', indexes: [] },
]

/** Who holds a role that must never be left empty; `_id` is the role (see admin-registry.ts). */
export const ROLE_HOLDERS = 'role_holders'
export interface RoleHoldersRecord {
  _id: string
  userIds: string[]
  updatedAt: string
}
