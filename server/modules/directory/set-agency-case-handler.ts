import { conflict, invalidState, notFound } from '../../core/app-error'
import type { Caller } from '../../core/caller'
import type { DocumentStore } from '../../ports/document-store'
import { updateVersioned } from '../revisions/versioned-write'
import { claimKey, releaseKey } from '../shared/unique-claims'
import { userRepository } from '../users/user-repository'
import { AGENCIES, type AgencyRecord } from './records'

const caseHandlerKey = (userId: string) => `agency-case-handler:${userId}`

/**
 * Links (or unlinks) the account that works an agency's assigned reports. The account must hold
 * the agency role and may serve one agency only, so "assigned to me" is never ambiguous: the
 * account is claimed for the agency by an id-keyed document before the link is written (a claim
 * whose agency no longer links the account is stale and taken over), and the old account's claim
 * is released after.
 */
export async function setAgencyCaseHandler(
  store: DocumentStore,
  caller: Caller,
  input: { agencyId: string; expectedRevision: number; userId: string | null },
  now: Date,
): Promise<AgencyRecord> {
  const agencies = store.collection<AgencyRecord>(AGENCIES)
  let freshClaim = false
  if (input.userId !== null) {
    const userId = input.userId
    const user = await userRepository(store).get(userId)
    if (!user) throw notFound('没有找到该账号')
    if (!user.roles.includes('agency')) throw invalidState('该账号还不是「协助机构」角色，请先由管理员授予角色')
    const claim = await claimKey(store, caseHandlerKey(userId), input.agencyId, now, async (owner) => (await agencies.getById(owner))?.caseHandlerUserId !== userId)
    if (!claim.ok) {
      const other = await agencies.getById(claim.ownerId)
      throw conflict(`该账号已关联「${other?.name ?? '另一家机构'}」，一个账号只能关联一家机构`)
    }
    freshClaim = claim.fresh
    // Links written before claims existed have no claim document: still honoured.
    const legacy = await agencies.findOne({ caseHandlerUserId: userId, _id: { $ne: input.agencyId } })
    if (legacy) {
      if (freshClaim) await releaseKey(store, caseHandlerKey(userId), input.agencyId)
      throw conflict(`该账号已关联「${legacy.name}」，一个账号只能关联一家机构`)
    }
  }
  let previous: string | null = null
  const write = updateVersioned<AgencyRecord>(store, {
    collection: AGENCIES,
    id: input.agencyId,
    expectedRevision: input.expectedRevision,
    subject: '该机构',
    change(current) {
      const before = current.caseHandlerUserId ?? null
      previous = before
      if (before === input.userId) return { next: current, changes: [] }
      return {
        next: { ...current, caseHandlerUserId: input.userId },
        changes: [{ field: 'caseHandlerUserId', label: '接案账号', before, after: input.userId }],
      }
    },
    meta: { entityType: 'agency', action: 'update', actorUserId: caller.userId, at: now.toISOString(), note: null },
  })
  let record: AgencyRecord
  try {
    record = (await write).record
  } catch (error) {
    if (freshClaim && input.userId !== null) await releaseKey(store, caseHandlerKey(input.userId), input.agencyId)
    throw error
  }
  if (previous !== null && previous !== input.userId) await releaseKey(store, caseHandlerKey(previous), input.agencyId)
  return record
}
