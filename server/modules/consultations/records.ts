import type { AvailabilityRules, ConsultationMode, ProviderKind } from '../../../types/consultations/availability'
import type { BookingStatus, BookingView } from '../../../types/consultations/schemas'
import type { ServiceTypeCode } from '../../../types/catalog/service-types'
import type { Location } from '../../../types/directory/schemas'
import type { CollectionSpec } from '../../ports/collection-spec'

export const CONSULTATION_AVAILABILITY = 'consultation_availability'
export const CONSULTATION_BOOKINGS = 'consultation_bookings'
/** One document per provider + start instant: inserting it IS taking the slot. */
export const CONSULTATION_SLOT_CLAIMS = 'consultation_slot_claims'
/** Per provider-day booking counts and per enterprise open-booking counts, changed by bounded $inc only. */
export const CONSULTATION_COUNTERS = 'consultation_counters'

/** A provider's rules; `_id` is the provider key. */
export interface AvailabilityRecord {
  _id: string
  providerKind: ProviderKind
  providerId: string
  /** Copied from the rules so browsing filters in the database. */
  open: boolean
  rules: AvailabilityRules
  updatedAt: string
  updatedByUserId: string
}

export type BookingEvent = BookingView['history'][number]

export interface BookingRecord {
  _id: string
  idempotencyKey: string
  providerKey: string
  providerKind: ProviderKind
  providerId: string
  providerName: string
  providerSubtitle: string
  /** The account acting for the provider when booked (expert's user, agency's case handler). */
  providerUserId: string
  enterpriseId: string
  enterpriseName: string
  liaisonUserId: string
  startAt: string
  endAt: string
  /** Asia/Shanghai date of the start: the daily-cap counter it holds. */
  day: string
  /** The slot claim it holds while confirmed. */
  claimId: string
  /**
   * Counts as one of the enterprise's open bookings. Cleared by ONE conditional update (true →
   * false) when it is cancelled, marked, or has ended, and only the call that clears it gives the
   * place back — so the counter is decremented exactly once whoever gets there first.
   */
  holdsOpenPlace: boolean
  mode: ConsultationMode
  topic: ServiceTypeCode
  questions: string
  reportId: string | null
  status: BookingStatus
  statusReason: string | null
  version: number
  address: string | null
  location: Location | null
  phone: string | null
  meetingLink: string | null
  outcomeNote: string | null
  rating: number | null
  ratingComment: string | null
  history: BookingEvent[]
  createdAt: string
  updatedAt: string
}

/**
 * One slot's claim. While `leaseUntil` is set the claim is pending: the booking (or the move) that
 * took it is not written yet, and the counter units it took are flagged here. The same transaction
 * that writes the booking clears the lease and the flags (the booking owns the units from then on).
 * A pending claim whose lease has passed was abandoned by a crashed call: the next booking of the
 * slot takes it over, and the `consultations` timer sweeps it, giving its flagged units back.
 * Claims written before leases existed have no `leaseUntil` and count as held.
 */
export interface SlotClaimRecord {
  _id: string
  bookingId: string
  providerKey: string
  startAt: string
  createdAt: string
  leaseUntil?: string | null
  /** The enterprise whose open-booking unit `openTaken` flags (null for a reschedule). */
  enterpriseId?: string | null
  /** The Shanghai day whose daily-cap unit `dayTaken` flags. */
  day?: string
  openTaken?: boolean
  dayTaken?: boolean
}

export interface CounterRecord {
  _id: string
  count: number
}

export const CONSULTATIONS_COLLECTIONS: CollectionSpec[] = [
  { name: CONSULTATION_AVAILABILITY, indexes: [{ fields: [['open', 'asc']] }] },
  {
    name: CONSULTATION_BOOKINGS,
    indexes: [
      { fields: [['enterpriseId', 'asc'], ['startAt', 'asc']] },
      { fields: [['providerKey', 'asc'], ['status', 'asc'], ['startAt', 'asc']] },
      { fields: [['providerUserId', 'asc'], ['startAt', 'asc']] },
      { fields: [['status', 'asc'], ['startAt', 'asc']] },
      { fields: [['startAt', 'asc']] },
      { fields: [['holdsOpenPlace', 'asc'], ['endAt', 'asc']] },
    ],
  },
  { name: CONSULTATION_SLOT_CLAIMS, indexes: [{ fields: [['leaseUntil', 'asc']] }] },
  { name: CONSULTATION_COUNTERS, indexes: [] },
]
