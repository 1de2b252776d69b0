import type { AgencyFields } from '../../../types/directory/schemas'
import type { Caller } from '../../core/caller'
import { newId } from '../../core/new-id'
import type { DocumentStore } from '../../ports/document-store'
import { createVersioned } from '../revisions/versioned-write'
import { agencyChanges, agencySearchText } from './agency-fields'
import { claimAgencySeqs } from './claim-agency-seqs'
import { agencyRepository } from './agency-repository'
import { assertUniqueAgencyName } from './assert-unique-name'
import { AGENCIES, type AgencyRecord } from './records'

/** A new agency joins the end of the list, active. */
export function newAgencyRecord(id: string, seq: number, fields: AgencyFields, actorUserId: string, at: string): AgencyRecord {
  const base = {
    _id: id,
    seq,
    ...fields,
    status: 'active' as const,
    statusReason: null,
    revision: 1,
    createdAt: at,
    updatedAt: at,
    createdBy: actorUserId,
    updatedBy: actorUserId,
  }
  return { ...base, searchText: agencySearchText(base) }
}

export async function createAgency(store: DocumentStore, caller: Caller, fields: AgencyFields, now: Date): Promise<AgencyRecord> {
  const agencies = agencyRepository(store)
  await assertUniqueAgencyName(agencies, fields.name, null)
  const at = now.toISOString()
  const [seq] = await claimAgencySeqs(store, 1, now)
  const record = newAgencyRecord(newId('agency'), seq ?? NaN, fields, caller.userId, at)
  return createVersioned(store, AGENCIES, record, agencyChanges(null, record), {
    entityType: 'agency',
    action: 'create',
    actorUserId: caller.userId,
    at,
  })
}
