import type { Role } from '../../../types/roles'
import type { Caller, CallerResolver } from '../../core/caller'
import type { Clock } from '../../ports/clock'
import type { DocumentStore } from '../../ports/document-store'
import { newUserRecord } from './new-user-record'
import { userIdForOpenid } from './user-id'
import { userRepository } from './user-repository'

/** Roles an OPENID listed in the bootstrap configuration always has, whatever is stored. */
const BOOTSTRAP_ADMIN_ROLES: Role[] = ['admin', 'staff']

/**
 * Turns a platform identity into the product's user: one read on the hot path, and an
 * insert-unless-exists the first time an OPENID is seen (safe under concurrent first calls).
 */
export function userCallerResolver(store: DocumentStore, clock: Clock, adminOpenids: readonly string[]): CallerResolver {
  const users = userRepository(store)
  return {
    async resolve(openid: string): Promise<Caller> {
      const userId = userIdForOpenid(openid)
      let record = await users.get(userId)
      if (!record) {
        await users.createIfMissing(newUserRecord(userId, openid, clock.now().toISOString()))
        record = await users.get(userId)
        if (!record) throw new Error(`user ${userId} vanished right after creation`)
      }
      const roles = new Set<Role>(record.roles)
      if (adminOpenids.includes(openid)) BOOTSTRAP_ADMIN_ROLES.forEach((r) => roles.add(r))
      return { userId, openid, roles: [...roles] }
    },
  }
}
