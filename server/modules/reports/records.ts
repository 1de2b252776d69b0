import type { IndustryCode } from '../../../types/catalog/industries'
import type { IpTypeCode } from '../../../types/catalog/ip-types'
import type { RegionCode } from '../../../types/catalog/regions'
import type { ServiceTypeCode } from '../../../types/catalog/service-types'
import type { LegalDeadline } from '../../../types/deadlines/schemas'
import type { Assignee, OutcomeCategory, ReportEventType, ReportStatus, TradeFair, Urgency } from '../../../types/reports/schemas'
import type { CollectionSpec } from '../../ports/collection-spec'

export const REPORTS = 'reports'
export const REPORT_EVENTS = 'report_events'
export const ASSIGNMENT_CURSORS = 'report_assignment_cursors'

export interface ReportSla {
  firstResponseDueAt: string
  /** How the first-response clock runs (sla-policy.ts); absent on older reports: `working`. */
  firstResponseClock?: 'working' | 'calendar'
  resolutionDueAt: string
  firstRespondedAt: string | null
  /** Set while waiting for the enterprise: the clock does not run. */
  pausedAt: string | null
  /** Breaches are recorded once and never cleared, whatever happens later. */
  firstResponseBreachedAt: string | null
  resolutionBreachedAt: string | null
  /** Working minutes from submission to the first response (set with firstRespondedAt; absent on older reports). */
  firstResponseWorkingMinutes?: number | null
  /** Working minutes from submission to resolution, waits for the enterprise excluded; null while open. */
  resolutionWorkingMinutes?: number | null
  /** Working minutes spent waiting for the enterprise so far. */
  pausedWorkingMinutes?: number
}

export interface ReportRecord {
  /** `rpt_<hash of submitter and idempotency key>`: a retried submit finds the same document. */
  _id: string
  number: string
  enterpriseId: string
  enterpriseName: string
  /** The enterprise's district when submitted (null when the registry has none): dashboards group by it. */
  district?: string | null
  submittedBy: string
  serviceType: ServiceTypeCode
  ipType: IpTypeCode
  countries: RegionCode[]
  industry: IndustryCode
  counterpart: string
  deadline: string | null
  urgency: Urgency
  description: string
  attachments: string[]
  status: ReportStatus
  /** Grows by one with every status or assignee change: the optimistic-concurrency token. */
  version: number
  assignee: Assignee | null
  /** `kind:id` of everyone who declined, so reassignment does not pick them again. */
  declinedBy: string[]
  escalated: boolean
  sla: ReportSla
  resolution: { summary: string; outcomeCategory: OutcomeCategory; resolvedAt: string } | null
  rating: { score: number; comment: string | null; ratedAt: string } | null
  ratingReminderAt: string | null
  createdAt: string
  updatedAt: string
  /** The foreign office's last day to act, computed at intake from one rule revision (absent on older reports). */
  legalDeadline?: LegalDeadline | null
  /** `legalDeadline.lastMomentAt`, or NO_LEGAL_DEADLINE: one top-level key orders inboxes by urgency. */
  legalDueSortKey?: string
  tradeFair?: TradeFair | null
}

/** Sorts after every real instant: reports without a legal deadline come last in an urgency order. */
export const NO_LEGAL_DEADLINE = '9999-12-31T23:59:59.999Z'

/** Append-only: events are inserted, never updated or deleted. */
export interface ReportEventRecord {
  _id: string
  reportId: string
  /** `at`, a process-monotonic counter (stable order within a millisecond) and the id (unique: the paging cursor). */
  sortKey: string
  type: ReportEventType
  at: string
  actorUserId: string | null
  actorRole: 'enterprise' | 'assignee' | 'staff' | 'system'
  fromStatus: ReportStatus | null
  toStatus: ReportStatus | null
  /** Everything staff see, including the reasoning (matching, case loads). */
  text: string | null
  /** What the enterprise reads instead, when the full text is internal (e.g. 已分派给 X). */
  publicText?: string | null
}

/** Per service type: the last assignee chosen among equally loaded candidates (round-robin). */
export interface AssignmentCursorRecord {
  _id: string
  lastKey: string
  updatedAt: string
}

/** What the dashboard reads of the reports submitted in a period (see workbench/dashboard). */
const SUBMITTED_PERIOD_FIELDS = [
  'serviceType',
  'ipType',
  'countries',
  'district',
  'sla.firstResponseWorkingMinutes',
  'sla.resolutionWorkingMinutes',
  'sla.firstResponseBreachedAt',
  'sla.resolutionBreachedAt',
]

export const REPORTS_COLLECTIONS: CollectionSpec[] = [
  {
    name: REPORTS,
    indexes: [
      { fields: [['enterpriseId', 'asc'], ['createdAt', 'desc']] },
      { fields: [['assignee.userId', 'asc'], ['createdAt', 'desc']] },
      // Covering indexes (see IndexSpec.covers): the workbench dashboard counts, groups and ranks
      // a period's reports from these alone, without reading a single report on SQLite.
      { fields: [['status', 'asc'], ['createdAt', 'desc']], covers: ['assignee.id'] },
      { fields: [['assignee.id', 'asc'], ['status', 'asc']], covers: ['assignee.name'] },
      { fields: [['createdAt', 'asc']], covers: SUBMITTED_PERIOD_FIELDS },
      { fields: [['rating.ratedAt', 'asc']], covers: ['rating.score'] },
      // The assignee's inbox by urgency, and the deadline escalation scan.
      { fields: [['assignee.userId', 'asc'], ['legalDueSortKey', 'asc'], ['createdAt', 'desc']] },
      { fields: [['legalDueSortKey', 'asc'], ['status', 'asc']] },
    ],
  },
  { name: REPORT_EVENTS, indexes: [{ fields: [['reportId', 'asc'], ['sortKey', 'asc']] }] },
  { name: ASSIGNMENT_CURSORS, indexes: [] },
]
