import type { Revision } from '../../../types/revisions/schemas'
import type { DocumentStore } from '../../ports/document-store'
import { userRepository } from '../users/user-repository'
import { revisionRepository } from './revision-repository'

/**
 * A page of an entity's history, newest first, with each actor's current display name (names
 * change; the user id recorded in the revision does not).
 */
export async function listRevisions(
  store: DocumentStore,
  entityId: string,
  page: number,
  pageSize: number,
): Promise<{ items: Revision[]; total: number; page: number; pageSize: number }> {
  const { items, total } = await revisionRepository(store).page(entityId, page, pageSize)
  const actorIds = [...new Set(items.map((r) => r.actorUserId))]
  const users = actorIds.length > 0 ? await userRepository(store).getMany(actorIds) : []
  const names = new Map(users.map((u) => [u._id, u.displayName]))
  return {
    items: items.map((r) => ({
      revision: r.revision,
      action: r.action,
      at: r.at,
      actor: { userId: r.actorUserId, displayName: names.get(r.actorUserId) ?? '已注销用户' },
      changes: r.changes,
      note: r.note,
    })),
    total,
    page,
    pageSize,
  }
}
