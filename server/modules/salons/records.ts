import type { ServiceTypeCode } from '../../../types/catalog/service-types'
import type { Audience, RegistrationStatus, SessionPlace, SessionStatus, SignUpQuestion } from '../../../types/salons/schemas'
import type { CollectionSpec } from '../../ports/collection-spec'

export const SALON_SESSIONS = 'salon_sessions'
export const SALON_SEATS = 'salon_seats'
export const SALON_ENTERPRISE_SEATS = 'salon_enterprise_seats'
export const SALON_REGISTRATIONS = 'salon_registrations'

export interface SessionRecord {
  _id: string
  title: string
  topic: ServiceTypeCode
  description: string | null
  speakers: { expertId: string | null; name: string }[]
  coverFileId: string | null
  startsAt: string
  endsAt: string
  place: SessionPlace | null
  onlineUrl: string | null
  capacity: number
  perEnterpriseLimit: number
  registrationOpensAt: string
  registrationClosesAt: string
  cancelCutoffHours: number
  audience: Audience
  questions: SignUpQuestion[]
  status: SessionStatus
  cancelReason: string | null
  createdBy: string
  createdAt: string
  updatedAt: string
}

/**
 * The seat ledger of one session (`_id` = session id). Every change is ONE conditional update
 * that moves seats between two of confirmed / held / free, so confirmed + held + free = capacity
 * holds at every instant, and `free ≥ 0` in the condition is what stops overselling.
 * `open` goes false when the session is cancelled: no claim can land after that.
 */
export interface SeatLedgerRecord {
  _id: string
  capacity: number
  confirmed: number
  held: number
  free: number
  open: boolean
  updatedAt: string
}

/** Active registrations (confirmed, held, waiting) of one enterprise — or one person — for one session. */
export interface EnterpriseSeatRecord {
  _id: string
  sessionId: string
  enterpriseKey: string
  active: number
}

/** One named attendee's seat, hold or place in line. */
export interface RegistrationRecord {
  _id: string
  sessionId: string
  userId: string
  enterpriseKey: string
  enterpriseName: string | null
  attendeeName: string
  answers: { questionId: string; answer: string | null }[]
  status: RegistrationStatus
  /** Orders the waiting list (see createArrivalKeys); set for every registration. */
  arrivalKey: string
  holdExpiresAt: string | null
  confirmedAt: string | null
  endedAt: string | null
  checkedInAt: string | null
  checkedInBy: string | null
  feedback: { rating: number; comment: string | null; at: string } | null
  createdAt: string
  updatedAt: string
}

export const SALONS_COLLECTIONS: CollectionSpec[] = [
  { name: SALON_SESSIONS, indexes: [{ fields: [['status', 'asc'], ['startsAt', 'asc']] }] },
  { name: SALON_SEATS, indexes: [] },
  { name: SALON_ENTERPRISE_SEATS, indexes: [] },
  {
    name: SALON_REGISTRATIONS,
    indexes: [
      { fields: [['sessionId', 'asc'], ['status', 'asc'], ['arrivalKey', 'asc']] },
      { fields: [['userId', 'asc'], ['createdAt', 'desc']] },
      // The workbench's enterprise page: one enterprise's seats, newest first.
      { fields: [['enterpriseKey', 'asc'], ['createdAt', 'desc']] },
      { fields: [['status', 'asc'], ['holdExpiresAt', 'asc']] },
    ],
  },
]
