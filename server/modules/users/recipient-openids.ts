import type { DocumentStore } from '../../ports/document-store'
import { USERS, type UserRecord } from './records'

/** OPENIDs of these users, in one read; users never seen have no entry. Wired into the dispatcher. */
export async function recipientOpenids(store: DocumentStore, userIds: readonly string[]): Promise<Map<string, string>> {
  const users = await store.collection<UserRecord>(USERS).getByIds([...new Set(userIds)])
  return new Map(users.map((u) => [u._id, u.openid]))
}
