import type { DocumentStore } from '../ports/document-store'
import { agencySearchText } from '../modules/directory/agency-fields'
import { AGENCIES, type AgencyRecord } from '../modules/directory/records'
import { FIRST_BATCH_AGENCIES, FIRST_BATCH_DOCUMENT, FIRST_BATCH_LABEL } from './first-batch-agencies'

export function firstBatchAgencyId(seq: number): string {
  return `agency_b1_${String(seq).padStart(2, '0')}`
}

/**
 * The published fields only: services, IP types, countries, phone, intro and location stay empty
 * until staff fill them in — nothing is guessed about real companies.
 */
export function firstBatchAgencyRecord(published: (typeof FIRST_BATCH_AGENCIES)[number], at: string): AgencyRecord {
  const base = {
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
    status: 'active' as const,
    statusReason: null,
    revision: 1,
    createdAt: at,
    updatedAt: at,
    createdBy: null,
    updatedBy: null,
  }
  return { ...base, searchText: agencySearchText(base) }
}

/**
 * Idempotent: ids are deterministic, so re-running the seed never duplicates or overwrites staff
 * edits. Records seeded by the first version (before revisions and search text existed) get the
 * missing fields added once, without touching anything staff may have changed.
 */
export async function seedAgencies(store: DocumentStore, now: Date): Promise<number> {
  const at = now.toISOString()
  const agencies = store.collection<AgencyRecord>(AGENCIES)
  let inserted = 0
  for (const published of FIRST_BATCH_AGENCIES) {
    const record = firstBatchAgencyRecord(published, at)
    if (await agencies.insertUnlessExists(record)) {
      inserted++
      continue
    }
    const stored = await agencies.getById(record._id)
    if (stored && typeof stored.revision !== 'number') {
      await agencies.updateOne(
        record._id,
        {
          $set: {
            revision: 1,
            statusReason: null,
            createdBy: null,
            updatedBy: null,
            searchText: agencySearchText({ ...stored, services: stored.services ?? [] }),
          },
        },
        { revision: { $exists: false } },
      )
    }
  }
  return inserted
}
