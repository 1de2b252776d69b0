import type { Role } from '../../../types/roles'
import { invalidState, notFound } from '../../core/app-error'
import type { DocumentStore } from '../../ports/document-store'
import { ROLE_HOLDERS, USERS, type RoleHoldersRecord, type UserRecord } from './records'

const ADMIN_REGISTRY_ID = 'admin'

/**
 * Grants or revokes a role. The admin role is held in two places that must agree — the user's
 * `roles` and one registry document listing every administrator — and both change in one by-id
 * transaction (CloudBase retries it on a write conflict). The registry turns "is this the last
 * administrator?" into a read of one document inside the transaction, so two admins demoting each
 * other at once cannot both succeed. Administrators from ADMIN_OPENIDS are not in the database and
 * cannot be demoted here; while any are configured nobody can be locked out.
 */
export async function setRole(
  store: DocumentStore,
  userId: string,
  role: Role,
  granted: boolean,
  now: Date,
  bootstrapAdminsConfigured: boolean,
): Promise<UserRecord> {
  const at = now.toISOString()
  if (role === 'admin') await ensureAdminRegistry(store, at)
  return store.runTransaction(async (tx) => {
    const user = await tx.get<UserRecord>(USERS, userId)
    if (!user) throw notFound('没有找到该用户')
    if (role === 'admin') {
      const registry = await tx.get<RoleHoldersRecord>(ROLE_HOLDERS, ADMIN_REGISTRY_ID)
      const holders = new Set(registry?.userIds ?? [])
      if (granted) holders.add(userId)
      else holders.delete(userId)
      if (holders.size === 0 && !bootstrapAdminsConfigured) {
        throw invalidState('这是最后一位管理员，不能取消其管理员角色。请先为另一位工作人员授予管理员角色。')
      }
      await tx.set<RoleHoldersRecord>(ROLE_HOLDERS, { _id: ADMIN_REGISTRY_ID, userIds: [...holders].sort(), updatedAt: at })
    }
    await tx.update(USERS, userId, {
      ...(granted ? { $addToSet: { roles: [role] } } : { $pull: { roles: [role] } }),
      $set: { updatedAt: at },
    })
    return { ...user, roles: granted ? [...new Set([...user.roles, role])] : user.roles.filter((r) => r !== role) }
  })
}

/**
 * The registry is created once from the users who hold the role (databases from before it existed,
 * seeded demo admins). Insert-unless-exists: concurrent first calls create it once.
 */
async function ensureAdminRegistry(store: DocumentStore, at: string): Promise<void> {
  const registries = store.collection<RoleHoldersRecord>(ROLE_HOLDERS)
  if (await registries.getById(ADMIN_REGISTRY_ID)) return
  const admins = await store.collection<UserRecord>(USERS).find({ roles: { $contains: 'admin' } }, { limit: 1000 })
  await registries.insertUnlessExists({ _id: ADMIN_REGISTRY_ID, userIds: admins.map((u) => u._id).sort(), updatedAt: at })
}
