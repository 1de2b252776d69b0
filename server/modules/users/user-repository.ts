import type { Role } from '../../../types/roles'
import type { DocumentStore, Update } from '../../ports/document-store'
import { USERS, type UserRecord } from './records'

export function userRepository(store: DocumentStore) {
  const users = store.collection<UserRecord>(USERS)
  return {
    get: (userId: string) => users.getById(userId),
    getMany: (userIds: readonly string[]) => users.getByIds(userIds),
    /** True when this call created the record (first sight of this OPENID). */
    createIfMissing: (record: UserRecord) => users.insertUnlessExists(record),
    update: (userId: string, update: Update) => users.updateOne(userId, update),
    /** Claims the single pending-application slot; false when another application holds it. */
    claimPendingApplication: (userId: string, applicationId: string, now: string) =>
      users.updateOne(userId, { $set: { pendingApplicationId: applicationId, updatedAt: now } }, { pendingApplicationId: null }),
    releasePendingApplication: (userId: string, applicationId: string, now: string) =>
      users.updateOne(userId, { $set: { pendingApplicationId: null, updatedAt: now } }, { pendingApplicationId: applicationId }),
    setRole: (userId: string, role: Role, granted: boolean, now: string) =>
      users.updateOne(userId, {
        ...(granted ? { $addToSet: { roles: [role] } } : { $pull: { roles: [role] } }),
        $set: { updatedAt: now },
      }),
  }
}
export type UserRepository = ReturnType<typeof userRepository>
