import type { District } from '../../../types/catalog/districts'
import type { IndustryCode } from '../../../types/catalog/industries'
import type { RegionCode } from '../../../types/catalog/regions'
import type { Role } from '../../../types/roles'
import type { ApplicationKind, ApplicationStatus } from '../../../types/users/schemas'
import type { CollectionSpec } from '../../ports/collection-spec'

export const USERS = 'users'
export const ENTERPRISE_APPLICATIONS = 'enterprise_applications'
export const ENTERPRISES = 'enterprises'
export const CONTACT_REVEALS = 'contact_reveals'

export interface UserRecord {
  _id: string
  openid: string
  displayName: string
  roles: Role[]
  privacyConsent: { version: string; at: string } | null
  enterpriseId: string | null
  /** Set by one conditional update while an application is pending: the guard against re-applying. */
  pendingApplicationId: string | null
  /**
   * The liaison's contact from their approved application, for staff and assignees to call (each
   * reveal is audited). Absent on accounts that never had an application approved.
   */
  contact?: { name: string; mobile: string } | null
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
  /** Absent on applications written before join requests existed: read as `register`. */
  kind?: ApplicationKind
  proofRequired?: boolean
  proofFileId?: string | null
  /** Objections of existing liaisons, keyed by their user id (one each, set atomically). */
  objections?: Record<string, { reason: string; at: string }>
}

export interface EnterpriseRecord {
  /** `ent_<credit code>`: one enterprise per credit code, however many liaisons it has. */
  _id: string
  name: string
  creditCode: string
  industry: IndustryCode
  exportMarkets: RegionCode[]
  liaisonUserIds: string[]
  /** Set by staff in the liaison registry (the application does not ask for it). */
  district?: District | null
  /** 重点企业: flagged by staff; the registry filters by it. */
  keyEnterprise?: boolean
  verifiedAt: string
  updatedAt: string
  /**
   * Grows with every edit of name, industry or markets (updateEnterprise, recorded in revisions);
   * absent (0) until the first edit. Applications never change these fields.
   */
  revision?: number
  updatedBy?: string | null
}

/** Append-only audit: one row each time staff or an assignee revealed a user's mobile number. */
export interface ContactRevealRecord {
  _id: string
  /** Whose number was revealed. */
  subjectUserId: string
  revealedByUserId: string
  revealedByName: string
  revealedByRelation: 'staff' | 'assignee'
  context: { kind: 'report'; id: string; number: string }
  at: string
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
  {
    name: ENTERPRISES,
    indexes: [
      { fields: [['creditCode', 'asc']], unique: true },
      // The workbench's liaison registry: newest first, key enterprises, by district.
      { fields: [['verifiedAt', 'desc']] },
      { fields: [['keyEnterprise', 'asc'], ['verifiedAt', 'desc']] },
    ],
  },
  { name: CONTACT_REVEALS, indexes: [{ fields: [['subjectUserId', 'asc'], ['at', 'desc']] }] },
  { name: 'role_holders', indexes: [] },
]

/** Who holds a role that must never be left empty; `_id` is the role (see admin-registry.ts). */
export const ROLE_HOLDERS = 'role_holders'
export interface RoleHoldersRecord {
  _id: string
  userIds: string[]
  updatedAt: string
}
