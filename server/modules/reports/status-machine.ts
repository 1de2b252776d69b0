import { REPORT_STATUS_LABELS, type ReportStatus } from '../../../types/reports/schemas'
import { invalidState } from '../../core/app-error'

/**
 * The one table of allowed status moves. Every service checks a move here before its conditional
 * update; nothing else decides which status may follow which.
 *  - unassigned → assigned: auto-assignment or staff; → withdrawn by the enterprise
 *  - assigned → assigned (decline / reassign to someone else), unassigned (decline, nobody left),
 *    in_progress (accept), withdrawn (nobody accepted yet)
 *  - in_progress → assigned (staff reassign), awaiting_info (question), resolved
 *  - awaiting_info → in_progress (the enterprise answers), assigned (staff reassign), resolved
 *  - resolved → closed (rated), in_progress (reopened within 14 days)
 *  - closed → in_progress (reopened within 14 days of resolution)
 *  - withdrawn is final
 */
export const ALLOWED_TRANSITIONS: Readonly<Record<ReportStatus, readonly ReportStatus[]>> = {
  unassigned: ['assigned', 'withdrawn'],
  assigned: ['assigned', 'unassigned', 'in_progress', 'withdrawn'],
  in_progress: ['assigned', 'awaiting_info', 'resolved'],
  awaiting_info: ['in_progress', 'assigned', 'resolved'],
  resolved: ['closed', 'in_progress'],
  closed: ['in_progress'],
  withdrawn: [],
}

/** Statuses in which someone still owes the enterprise work (counted as open load). */
export const OPEN_STATUSES: readonly ReportStatus[] = ['unassigned', 'assigned', 'in_progress', 'awaiting_info']
/** Statuses counted against an assignee's capacity. */
export const LOAD_STATUSES: readonly ReportStatus[] = ['assigned', 'in_progress', 'awaiting_info']

export function canTransition(from: ReportStatus, to: ReportStatus): boolean {
  return ALLOWED_TRANSITIONS[from].includes(to)
}

/** Throws INVALID_STATE with a message the user understands when the move is not in the table. */
export function assertTransition(from: ReportStatus, to: ReportStatus): void {
  if (!canTransition(from, to)) {
    throw invalidState(`上报当前为“${REPORT_STATUS_LABELS[from]}”，不能变为“${REPORT_STATUS_LABELS[to]}”`)
  }
}
