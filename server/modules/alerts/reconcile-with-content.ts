import type { DocumentStore } from '../../ports/document-store'
import { CONTENT, type ContentRecord } from '../content/records'
import { contentRepository } from '../content/content-repository'
import { REVISIONS, type RevisionRecord } from '../revisions/records'
import { alertLifecycleHooks } from './alert-lifecycle-hooks'
import { dispatchRepository } from './dispatch-repository'
import { ALERT_DISPATCHES, type AlertDispatchRecord } from './records'

const WINDOW_MS = 24 * 3_600_000

/**
 * The safety net for publications and withdrawals made without the alert hooks (a function whose
 * hooks are not registered, or data written before this feature): every tick, items published or
 * withdrawn in the last 24 hours whose dispatch record does not reflect that are brought in line by
 * running the same hook in a transaction that re-reads the item. With the hooks wired this finds
 * nothing; without them, alerts are still announced and stopped, one tick late.
 * Only publications made through the content module's publish action (recorded in the revision
 * history) are announced: seeded or imported items were never meant to notify anyone.
 */
export async function reconcileWithContent(store: DocumentStore, now: Date, limit = 200): Promise<{ published: number; withdrawn: number }> {
  const since = new Date(now.getTime() - WINDOW_MS).toISOString()
  const content = contentRepository(store)
  const [published, withdrawn] = await Promise.all([
    content.find({ status: 'published', publishedAt: { $gte: since } }, { orderBy: [['publishedAt', 'desc']], limit }),
    content.find({ status: 'withdrawn', withdrawnAt: { $gte: since } }, { orderBy: [['withdrawnAt', 'desc']], limit }),
  ])
  const dispatches = new Map(
    (await dispatchRepository(store).getMany([...published, ...withdrawn].map((c) => c._id))).map((d) => [d._id, d]),
  )
  const missesPublication = (c: ContentRecord, d?: AlertDispatchRecord) => !d || d.publishedAt !== c.publishedAt
  // A withdrawn item whose announcement is still running (or done) must be stopped; one that was
  // scheduled again after its withdrawal is expected to be withdrawn.
  const missesWithdrawal = (_c: ContentRecord, d?: AlertDispatchRecord) => d !== undefined && (d.state === 'publishing' || d.state === 'published')

  let fixedPublished = 0
  let fixedWithdrawn = 0
  for (const item of published.filter((c) => missesPublication(c, dispatches.get(c._id)))) {
    if (!(await publishedByAction(store, item))) continue
    const applied = await store.runTransaction(async (tx) => {
      const current = await tx.get<ContentRecord>(CONTENT, item._id)
      const dispatch = await tx.get<AlertDispatchRecord>(ALERT_DISPATCHES, item._id)
      if (current?.status !== 'published' || !missesPublication(current, dispatch ?? undefined)) return false
      await alertLifecycleHooks.published?.(tx, current)
      return true
    })
    if (applied) fixedPublished++
  }
  for (const item of withdrawn.filter((c) => missesWithdrawal(c, dispatches.get(c._id)))) {
    const applied = await store.runTransaction(async (tx) => {
      const current = await tx.get<ContentRecord>(CONTENT, item._id)
      if (current?.status !== 'withdrawn') return false
      await alertLifecycleHooks.withdrawn?.(tx, current)
      return true
    })
    if (applied) fixedWithdrawn++
  }
  return { published: fixedPublished, withdrawn: fixedWithdrawn }
}

/** True when the item's current publication is a recorded "publish" revision (not seed data). */
async function publishedByAction(store: DocumentStore, item: ContentRecord): Promise<boolean> {
  const revisions = await store
    .collection<RevisionRecord>(REVISIONS)
    .find({ entityId: item._id, action: 'publish', at: item.publishedAt }, { orderBy: [['revision', 'desc']], limit: 1 })
  return revisions.length > 0
}
