import type { AgencyFields } from '../../../types/directory/schemas'
import type { Caller } from '../../core/caller'
import type { DocumentStore } from '../../ports/document-store'
import { updateVersioned } from '../revisions/versioned-write'
import { agencyChanges, withAgencyFields } from './agency-fields'
import { agencyRepository } from './agency-repository'
import { assertUniqueAgencyName } from './assert-unique-name'
import { AGENCIES, type AgencyRecord } from './records'

/** Saves the staff form over the revision the editor saw; see updateVersioned for the race rules. */
export async function updateAgency(
  store: DocumentStore,
  caller: Caller,
  agencyId: string,
  expectedRevision: number,
  fields: AgencyFields,
  now: Date,
): Promise<AgencyRecord> {
  await assertUniqueAgencyName(agencyRepository(store), fields.name, agencyId)
  const { record } = await updateVersioned<AgencyRecord>(store, {
    collection: AGENCIES,
    id: agencyId,
    expectedRevision,
    subject: '该机构',
    change(current) {
      const next = withAgencyFields(current, fields)
      return { next, changes: agencyChanges(current, next) }
    },
    meta: { entityType: 'agency', action: 'update', actorUserId: caller.userId, at: now.toISOString() },
  })
  return record
}
