import type { AlertDispatchState } from '../../../types/alerts/schemas'
import type { CollectionSpec } from '../../ports/collection-spec'

export const ALERT_DISPATCHES = 'alert_dispatches'
export const ALERT_READS = 'alert_reads'

/**
 * The alerts flow's state for one content item (`_id` = content id): its schedule, the fan-out of
 * its latest publication, and whether its deliveries were stopped after a withdrawal.
 * Created by the schedule action or by the content module's `published` hook (same transaction
 * as the publication), so a publication without a dispatch record cannot exist.
 */
export interface AlertDispatchRecord {
  _id: string
  state: AlertDispatchState
  /** When a scheduled alert is to be published; kept after publishing for the record. */
  publishAt: string | null
  scheduledBy: string | null
  /** How many times the item has been published (a re-publication after withdrawal notifies again). */
  publication: number
  publishedAt: string | null
  /** A 紧急预警 (risk alert of severity "urgent"); the push-timing table lets its pushes go at night. */
  urgent: boolean
  /** Snapshot at publication: later in-place edits do not change what was announced. */
  targeting: { countries: string[]; ipTypes: string[]; industries: string[] }
  push: { title: string; summary: string; label: string }
  /** Fan-out progress: subscribers are planned in `_id` order after `cursor`. */
  cursor: string | null
  matched: number
  planned: number
  fanoutOwner: string | null
  fanoutLeaseUntil: string | null
  fanoutDoneAt: string | null
  withdrawnAt: string | null
  /** Set once pending sends were cancelled after a withdrawal; null = still to do. */
  deliveriesStoppedAt: string | null
  /**
   * Set once when the timer finds a due schedule it may not publish (a link whose domain left the
   * allow-list): staff were told then. Cleared by publishing or rescheduling. Absent on old records.
   */
  blockedAt?: string | null
  blockedReason?: string | null
  createdAt: string
  updatedAt: string
}

/** One user has read one alert (`_id` derives from both, so reading twice is one record). */
export interface AlertReadRecord {
  _id: string
  userId: string
  contentId: string
  readAt: string
}

export const ALERTS_COLLECTIONS: CollectionSpec[] = [
  {
    name: ALERT_DISPATCHES,
    indexes: [{ fields: [['state', 'asc'], ['publishAt', 'asc']] }, { fields: [['state', 'asc'], ['updatedAt', 'desc']] }],
  },
  { name: ALERT_READS, indexes: [{ fields: [['contentId', 'asc']] }, { fields: [['userId', 'asc'], ['readAt', 'desc']] }, { fields: [['readAt', 'asc']] }] },
]
