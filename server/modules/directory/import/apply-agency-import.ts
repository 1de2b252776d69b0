import type { Caller } from '../../../core/caller'
import { conflict } from '../../../core/app-error'
import { newId } from '../../../core/new-id'
import type { DocumentStore } from '../../../ports/document-store'
import { putWithRevision, type RevisionMeta } from '../../revisions/new-revision-record'
import { agencyChanges } from '../agency-fields'
import { newAgencyRecord } from '../create-agency'
import { AGENCIES, type AgencyRecord } from '../records'
import type { AgencyImportPlan } from './plan-agency-import'

/**
 * Writes a valid plan in ONE transaction: every agency and its revision, or nothing. Each update
 * is re-checked against the revision the plan was made from, so an edit saved between preview
 * and import makes the whole import fail with CONFLICT instead of being overwritten.
 * Ids and sequence numbers (claimed by the caller) are fixed before the transaction: CloudBase may re-run its work.
 */
export async function applyAgencyImport(
  store: DocumentStore,
  plan: AgencyImportPlan,
  seqs: readonly number[],
  caller: Caller,
  now: Date,
): Promise<Map<number, string>> {
  const at = now.toISOString()
  const meta: RevisionMeta = { entityType: 'agency', action: 'import', actorUserId: caller.userId, at }
  const created = plan.creates.map((c, i) => ({ row: c.row, record: newAgencyRecord(newId('agency'), seqs[i] ?? NaN, c.fields, caller.userId, at) }))

  await store.runTransaction(async (tx) => {
    for (const update of plan.updates) {
      const current = await tx.get<AgencyRecord>(AGENCIES, update.current._id)
      if (!current || current.revision !== update.current.revision) {
        throw conflict(`第 ${update.row} 行的「${update.current.name}」在预览后被他人修改，未导入任何数据；请重新预览后再导入`)
      }
      const record: AgencyRecord = { ...update.next, revision: current.revision + 1, updatedAt: at, updatedBy: caller.userId }
      await putWithRevision(tx, AGENCIES, record, update.changes, meta)
    }
    for (const { row, record } of created) {
      if (await tx.get(AGENCIES, record._id)) throw conflict(`第 ${row} 行新建机构时编号冲突，未导入任何数据；请重试`)
      await putWithRevision(tx, AGENCIES, record, agencyChanges(null, record), meta)
    }
  })
  return new Map(created.map(({ row, record }) => [row, record._id]))
}
