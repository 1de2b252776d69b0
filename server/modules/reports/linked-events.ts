import type { DocumentStore } from '../../ports/document-store'
import type { ReportEventRecord } from './records'
import { reportRepository } from './report-repository'

export interface LinkedEvent {
  reportId: string
  /**
   * Names the outside change (e.g. a booking and its version): the event id is derived from it, so
   * a repeated call for the same change writes nothing more.
   */
  sourceKey: string
  type: Extract<ReportEventRecord['type'], 'consultation'>
  text: string
  actorUserId: string | null
  actorRole: ReportEventRecord['actorRole']
}

/**
 * Records on a report's timeline something that happened elsewhere (a linked consultation booked,
 * moved or cancelled). No status change and no notice: the other module already told the parties.
 */
export async function appendLinkedEvent(store: DocumentStore, event: LinkedEvent, now: Date): Promise<void> {
  await reportRepository(store).appendEvent({
    _id: `rev_${event.sourceKey}`,
    reportId: event.reportId,
    type: event.type,
    text: event.text,
    actorUserId: event.actorUserId,
    actorRole: event.actorRole,
    at: now.toISOString(),
    fromStatus: null,
    toStatus: null,
  })
}
