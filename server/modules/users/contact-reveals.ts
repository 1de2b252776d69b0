import type { ContactReveal } from '../../../types/users/contact-reveals'
import type { DocumentStore } from '../../ports/document-store'
import { newId } from '../../core/new-id'
import { CONTACT_REVEALS, type ContactRevealRecord } from './records'

/** Writes the audit row; callers reveal the number only after this insert succeeded. */
export async function recordContactReveal(store: DocumentStore, reveal: Omit<ContactRevealRecord, '_id'>): Promise<void> {
  await store.collection<ContactRevealRecord>(CONTACT_REVEALS).insert({ _id: newId('crv'), ...reveal })
}

/** What the liaison sees: who revealed their number, for which case, when (newest first). */
export async function revealsOf(store: DocumentStore, subjectUserId: string): Promise<ContactReveal[]> {
  const rows = await store
    .collection<ContactRevealRecord>(CONTACT_REVEALS)
    .find({ subjectUserId }, { orderBy: [['at', 'desc']], limit: 100 })
  return rows.map((r) => ({
    revealedByName: r.revealedByName,
    revealedByRelation: r.revealedByRelation,
    reportNumber: r.context.kind === 'report' ? r.context.number : null,
    at: r.at,
  }))
}
