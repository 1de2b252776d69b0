import type { AlertDispatchState } from '../../../types/alerts/schemas'
import type { DocumentStore } from '../../ports/document-store'
import { ALERT_DISPATCHES, type AlertDispatchRecord } from './records'

export function dispatchRepository(store: DocumentStore) {
  const dispatches = store.collection<AlertDispatchRecord>(ALERT_DISPATCHES)
  return {
    collection: dispatches,
    get: (contentId: string) => dispatches.getById(contentId),
    getMany: (contentIds: readonly string[]) => dispatches.getByIds(contentIds),
    /** Due schedules nothing is known to block (`null` also matches records older than the field). */
    dueScheduled: (now: Date, limit: number) =>
      dispatches.find({ state: 'scheduled', blockedAt: null, publishAt: { $lte: now.toISOString() } }, { orderBy: [['publishAt', 'asc']], limit }),
    /** Blocked schedules, retried apart from the rest so a pile of them never holds up the others. */
    blockedScheduled: (limit: number) =>
      dispatches.find({ state: 'scheduled', blockedAt: { $gt: '' } }, { orderBy: [['blockedAt', 'asc']], limit }),
    /** Publications whose fan-out is not finished and whose lease (if any) has expired. */
    fanoutsToRun: (now: Date, limit: number) =>
      dispatches.find(
        { state: 'publishing', $or: [{ fanoutLeaseUntil: null }, { fanoutLeaseUntil: { $lte: now.toISOString() } }] },
        { orderBy: [['updatedAt', 'asc']], limit },
      ),
    withdrawnNotStopped: (limit: number) => dispatches.find({ state: 'withdrawn', deliveriesStoppedAt: null }, { limit }),
    async page(state: AlertDispatchState | undefined, page: number, pageSize: number) {
      const filter = state ? { state } : {}
      const orderBy = state === 'scheduled' ? ([['publishAt', 'asc']] as const) : ([['updatedAt', 'desc']] as const)
      const [items, total] = await Promise.all([
        dispatches.find(filter, { orderBy, skip: (page - 1) * pageSize, limit: pageSize }),
        dispatches.count(filter),
      ])
      return { items, total }
    },
  }
}
