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
    timeline: (reportId: string) => events.find({ reportId }, { orderBy: [['sortKey', 'asc']], limit: 1000 }),
    /** Inserts an event; an event id already written (a retried step) is kept as it was. */
    appendEvent: (event: Omit<ReportEventRecord, 'sortKey'>) =>
      events.insertUnlessExists({ ...event, sortKey: `${event.at}#${String(++eventCounter).padStart(9, '0')}` }),
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
