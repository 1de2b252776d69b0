import { AppError, conflict } from '../../core/app-error'
import type { DocumentStore } from '../../ports/document-store'
import { claimKey, releaseKey } from '../shared/unique-claims'
import { userRepository } from '../users/user-repository'
import { expertRepository } from './expert-repository'

const linkedUserKey = (userId: string) => `expert-user:${userId}`

/**
 * An expert profile may link to one user account, which must hold the expert role (granted by an
 * administrator) and not be linked to another profile: assignment follows this link later. The
 * account is claimed for the profile by an id-keyed document (a claim whose profile no longer links
 * the account is stale and taken over). Answers the release to call if the profile's write fails.
 */
export async function claimLinkedUser(store: DocumentStore, userId: string | null, expertId: string, now: Date): Promise<() => Promise<void>> {
  const none = async () => undefined
  if (userId === null) return none
  const user = await userRepository(store).get(userId)
  if (!user) throw new AppError('VALIDATION_FAILED', '关联账号不存在，请核对后重新选择', [{ path: ['userId'], message: '关联账号不存在' }])
  if (!user.roles.includes('expert')) {
    throw new AppError('VALIDATION_FAILED', '该账号还没有专家角色，请先请管理员授予专家角色', [
      { path: ['userId'], message: '该账号没有专家角色' },
    ])
  }
  const experts = expertRepository(store)
  const claim = await claimKey(store, linkedUserKey(userId), expertId, now, async (owner) => (await experts.get(owner))?.userId !== userId)
  if (!claim.ok) {
    const other = await experts.get(claim.ownerId)
    throw conflict(`该账号已关联专家「${other?.name ?? '另一位专家'}」，一个账号只能关联一位专家`)
  }
  const release = claim.fresh ? () => releaseKey(store, linkedUserKey(userId), expertId) : none
  // Links written before claims existed have no claim document: still honoured.
  const legacy = await experts.findByUser(userId)
  if (legacy && legacy._id !== expertId) {
    await release()
    throw conflict(`该账号已关联专家「${legacy.name}」，一个账号只能关联一位专家`)
  }
  return release
}

/** After a profile stopped linking `userId`, frees the account for another profile. */
export async function releaseLinkedUser(store: DocumentStore, userId: string, expertId: string): Promise<void> {
  await releaseKey(store, linkedUserKey(userId), expertId)
}
