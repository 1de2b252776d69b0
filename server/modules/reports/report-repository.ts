import type { DocumentStore, Filter, FindOptions, Update } from '../../ports/document-store'
import { ASSIGNMENT_CURSORS, REPORT_EVENTS, REPORTS, type AssignmentCursorRecord, type ReportEventRecord, type ReportRecord } from './records'

let eventCounter = 0

/** Stores and fetches reports, their timeline and the round-robin cursors; services decide. */
export function reportRepository(store: DocumentStore) {
  const reports = store.collection<ReportRecord>(REPORTS)
  const events = store.collection<ReportEventRecord>(REPORT_EVENTS)
  const cursors = store.collection<AssignmentCursorRecord>(ASSIGNMENT_CURSORS)
  return {
    get: (id: string) => reports.getById(id),
    insertUnlessExists: (record: ReportRecord) => reports.insertUnlessExists(record),
    find: (filter: Filter, options: FindOptions) => reports.find(filter, options),
    count: (filter: Filter) => reports.count(filter),
    /** The atomic primitive: applies only when the report still matches `condition`. */
    updateIf: (id: string, update: Update, condition: Filter) => reports.updateOne(id, update, condition),
    /**
     * Up to `limit` events before the cursor (a sort key; null: from the newest), oldest first, and
     * the cursor of the page before them. One indexed read of limit + 1 rows, whatever the length.
     */
    timelinePage: async (reportId: string, before: string | null, limit: number) => {
      const filter: Filter = before === null ? { reportId } : { reportId, sortKey: { $lt: before } }
      const newestFirst = await events.find(filter, { orderBy: [['sortKey', 'desc']], limit: limit + 1 })
      const page = newestFirst.slice(0, limit)
      const nextCursor = newestFirst.length > limit ? (page.at(-1)?.sortKey ?? null) : null
      return { items: page.reverse(), nextCursor }
    },
    getEvent: (eventId: string) => events.getById(eventId),
    /**
     * Inserts an event; an event id already written (a retried step) is kept as it was. The sort key
     * ends with the id, so it is unique and a cursor never skips an event written in the same millisecond.
     */
    appendEvent: async (event: Omit<ReportEventRecord, 'sortKey'>): Promise<ReportEventRecord> => {
      const record = { ...event, sortKey: `${event.at}#${String(++eventCounter).padStart(9, '0')}#${event._id}` }
      await events.insertUnlessExists(record)
      return record
    },
    lastKey: async (serviceType: string) => (await cursors.getById(`cursor_${serviceType}`))?.lastKey ?? null,
    /** Last writer wins: a lost race only repeats one round-robin turn. */
    setLastKey: async (serviceType: string, lastKey: string, at: string) => {
      const id = `cursor_${serviceType}`
      const created = await cursors.insertUnlessExists({ _id: id, lastKey, updatedAt: at })
      if (!created) await cursors.updateOne(id, { $set: { lastKey, updatedAt: at } })
    },
  }
}
export type ReportRepository = ReturnType<typeof reportRepository>
