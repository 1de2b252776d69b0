import type { CollectionSpec } from '../../../ports/collection-spec'

export const INVITATIONS = 'invitations'

/** A one-time code; `_id` derives from the code, so redeeming is one conditional update by id. */
export interface InvitationRecord {
  _id: string
  role: 'expert' | 'agency' | 'liaison'
  enterpriseId: string | null
  /** For a transfer: the liaison the redeemer replaces. */
  replaceUserId: string | null
  createdBy: string
  createdAt: string
  expiresAt: string
  status: 'open' | 'redeemed'
  redeemedBy: string | null
  redeemedAt: string | null
}

export const INVITATION_COLLECTIONS: CollectionSpec[] = [{ name: INVITATIONS, indexes: [{ fields: [['createdBy', 'asc'], ['createdAt', 'desc']] }] }]
