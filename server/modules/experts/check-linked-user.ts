import { AppError, conflict } from '../../core/app-error'
import type { DocumentStore } from '../../ports/document-store'
import { userRepository } from '../users/user-repository'
import { expertRepository } from './expert-repository'

/**
 * An expert profile may link to one user account, which must hold the expert role (granted by an
 * administrator) and not be linked to another profile: assignment follows this link later.
 */
export async function checkLinkedUser(store: DocumentStore, userId: string | null, expertId: string | null): Promise<void> {
  if (userId === null) return
  const user = await userRepository(store).get(userId)
  if (!user) throw new AppError('VALIDATION_FAILED', '关联账号不存在，请核对后重新选择', [{ path: ['userId'], message: '关联账号不存在' }])
  if (!user.roles.includes('expert')) {
    throw new AppError('VALIDATION_FAILED', '该账号还没有专家角色，请先请管理员授予专家角色', [
      { path: ['userId'], message: '该账号没有专家角色' },
    ])
  }
  const other = await expertRepository(store).findByUser(userId)
  if (other && other._id !== expertId) throw conflict(`该账号已关联专家「${other.name}」，一个账号只能关联一位专家`)
}
