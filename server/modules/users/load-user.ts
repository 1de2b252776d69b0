import type { Caller } from '../../core/caller'
import type { DocumentStore } from '../../ports/document-store'
import type { UserRecord } from './records'
import { userRepository } from './user-repository'

/** The caller's own record; it exists because resolving the caller created it. */
export async function loadUser(store: DocumentStore, caller: Caller): Promise<UserRecord> {
  const user = await userRepository(store).get(caller.userId)
  if (!user) throw new Error(`user record ${caller.userId} missing after caller resolution`)
  return user
}
