import type { CollectionSpec } from '../../ports/collection-spec'

export const WORKING_CALENDAR_YEARS = 'working_calendar_years'

/** One year of the working calendar, id `year_<YYYY>`: one document, so an edit is one conditional update. */
export interface CalendarYearRecord {
  _id: string
  year: number
  holidays: string[]
  makeupWorkdays: string[]
  source: { kind: 'official' | 'notice' | 'manual'; title: string | null }
  version: number
  updatedAt: string
  updatedBy: string | null
}

export const calendarYearId = (year: number) => `year_${year}`

export const CALENDAR_COLLECTIONS: CollectionSpec[] = [{ name: WORKING_CALENDAR_YEARS, indexes: [] }]
