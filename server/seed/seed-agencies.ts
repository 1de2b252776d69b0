import type { DocumentStore } from '../ports/document-store'
import { AGENCIES, type AgencyRecord } from '../modules/directory/records'
import { FIRST_BATCH_AGENCIES, FIRST_BATCH_DOCUMENT, FIRST_BATCH_LABEL } from './first-batch-agencies'

export function firstBatchAgencyId(seq: number): string {
  return `agency_b1_${String(seq).padStart(2, '0')}`
}

/** Idempotent: ids are deterministic, so re-running the seed never duplicates or overwrites staff edits. */
export async function seedAgencies(store: DocumentStore, now: Date): Promise<number> {
  const at = now.toISOString()
  const agencies = store.collection<AgencyRecord>(AGENCIES)
  let inserted = 0
  for (const published of FIRST_BATCH_AGENCIES) {
    const created = await agencies.insertUnlessExists({
      _id: firstBatchAgencyId(published.seq),
      ...published,
      batch: FIRST_BATCH_LABEL,
      sourceDocument: FIRST_BATCH_DOCUMENT,
      services: [],
      ipTypes: [],
      countries: [],
      phone: null,
      intro: null,
      location: null,
      status: 'active',
      createdAt: at,
      updatedAt: at,
    })
    if (created) inserted++
  }
  return inserted
}
