import type { DocumentStore } from '../../ports/document-store'
import { OFFICIAL_NOTICES } from './official-notices'
import { parseHolidayNotice } from './parse-holiday-notice'
import { calendarYearId, WORKING_CALENDAR_YEARS, type CalendarYearRecord } from './records'
import { workingCalendarOf, type WorkingCalendar } from './working-calendar'

/** A year per document: a century of years stays within one read. */
const MAX_YEARS = 100

/** The seed documents: each official notice the project ships, read by the same parser staff use. */
export function officialYearRecords(now: Date): CalendarYearRecord[] {
  return OFFICIAL_NOTICES.map((notice) => {
    const parsed = parseHolidayNotice(notice.text, notice.year)
    if (parsed.problems.length > 0) throw new Error(`official notice ${notice.year} does not parse: ${parsed.problems.join('; ')}`)
    return {
      _id: calendarYearId(notice.year),
      year: notice.year,
      holidays: parsed.holidays,
      makeupWorkdays: parsed.makeupWorkdays,
      source: { kind: 'official', title: notice.title },
      version: 1,
      updatedAt: now.toISOString(),
      updatedBy: null,
    }
  })
}

/**
 * Every stored year. An official year that is not stored yet (a fresh CloudBase environment, where
 * no seed step runs) is written once, insert-unless-exists, so staff edits are never overwritten.
 */
export async function loadCalendarYears(store: DocumentStore, now: Date): Promise<CalendarYearRecord[]> {
  const years = store.collection<CalendarYearRecord>(WORKING_CALENDAR_YEARS)
  const stored = await years.find({}, { orderBy: [['year', 'asc']], limit: MAX_YEARS })
  const have = new Set(stored.map((y) => y.year))
  const missing = officialYearRecords(now).filter((r) => !have.has(r.year))
  for (const record of missing) {
    if (!(await years.insertUnlessExists(record))) {
      const winner = await years.getById(record._id)
      if (winner) stored.push(winner)
    } else {
      stored.push(record)
    }
  }
  return stored.sort((a, b) => a.year - b.year)
}

/**
 * THE way to get the working calendar: one read per call, then pure functions over it
 * (`isWorkingDay`, `addWorkingMinutes`, `workingMinutesBetween`, `missingYears`).
 */
export async function loadWorkingCalendar(store: DocumentStore, now: Date): Promise<WorkingCalendar> {
  return workingCalendarOf(await loadCalendarYears(store, now))
}
