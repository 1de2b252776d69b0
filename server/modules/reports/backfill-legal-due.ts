import type { DocumentStore } from '../../ports/document-store'
import { NO_LEGAL_DEADLINE, REPORTS } from './records'

/**
 * Reports filed before legal deadlines existed have no `legalDueSortKey`; a missing field would
 * sort first in an inbox ordered by urgency. Gives them the "no deadline" key once; idempotent.
 */
export async function backfillLegalDueSortKey(store: DocumentStore): Promise<number> {
  return store.collection(REPORTS).updateMany({ legalDueSortKey: { $exists: false } }, { $set: { legalDueSortKey: NO_LEGAL_DEADLINE, legalDeadline: null } })
}
