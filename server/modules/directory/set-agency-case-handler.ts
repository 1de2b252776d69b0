import { conflict, invalidState, notFound } from '../../core/app-error'
import type { Caller } from '../../core/caller'
import type { DocumentStore } from '../../ports/document-store'
import { updateVersioned } from '../revisions/versioned-write'
import { userRepository } from '../users/user-repository'
import { AGENCIES, type AgencyRecord } from './records'

/**
 * Links (or unlinks) the account that works an agency's assigned reports. The account must hold
 * the agency role and may serve one agency only, so "assigned to me" is never ambiguous.
 */
export async function setAgencyCaseHandler(
  store: DocumentStore,
  caller: Caller,
  input: { agencyId: string; expectedRevision: number; userId: string | null },
  now: Date,
): Promise<AgencyRecord> {
  if (input.userId !== null) {
    const user = await userRepository(store).get(input.userId)
    if (!user) throw notFound('没有找到该账号')
    if (!user.roles.includes('agency')) throw invalidState('该账号还不是「协助机构」角色，请先由管理员授予角色')
    const other = await store
      .collection<AgencyRecord>(AGENCIES)
      .findOne({ caseHandlerUserId: input.userId, _id: { $ne: input.agencyId } })
    if (other) throw conflict(`该账号已关联「${other.name}」，一个账号只能关联一家机构`)
  }
  const { record } = await updateVersioned<AgencyRecord>(store, {
    collection: AGENCIES,
    id: input.agencyId,
    expectedRevision: input.expectedRevision,
    subject: '该机构',
    change(current) {
      const before = current.caseHandlerUserId ?? null
      if (before === input.userId) return { next: current, changes: [] }
      return {
        next: { ...current, caseHandlerUserId: input.userId },
        changes: [{ field: 'caseHandlerUserId', label: '接案账号', before, after: input.userId }],
      }
    },
    meta: { entityType: 'agency', action: 'update', actorUserId: caller.userId, at: now.toISOString(), note: null },
  })
  return record
}
