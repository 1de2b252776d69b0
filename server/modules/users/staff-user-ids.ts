import type { DocumentStore } from '../../ports/document-store'
import { USERS, type UserRecord } from './records'

/** User ids of the bureau's staff (who decide applications and hear objections). */
export async function staffUserIds(store: DocumentStore): Promise<string[]> {
  const staff = await store.collection<UserRecord>(USERS).find({ roles: { $contains: 'staff' } }, { limit: 200 })
  return staff.map((u) => u._id)
}
