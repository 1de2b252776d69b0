import type { z } from 'zod'
import type { CalendarYearView, saveCalendarYearInputSchema, WorkingCalendarView } from '../../../types/calendar/schemas'
import { AppError, conflict } from '../../core/app-error'
import type { Caller } from '../../core/caller'
import type { DocumentStore } from '../../ports/document-store'
import { loadCalendarYears } from './calendar-store'
import { calendarYearId, WORKING_CALENDAR_YEARS, type CalendarYearRecord } from './records'
import { CALENDAR_WARNING_DAYS, missingYears, workingCalendarOf } from './working-calendar'

type SaveInput = z.output<typeof saveCalendarYearInputSchema>

function toView(r: CalendarYearRecord): CalendarYearView {
  return { year: r.year, holidays: r.holidays, makeupWorkdays: r.makeupWorkdays, source: r.source, version: r.version, updatedAt: r.updatedAt }
}

export async function getWorkingCalendarView(store: DocumentStore, now: Date): Promise<WorkingCalendarView> {
  const years = await loadCalendarYears(store, now)
  return { years: years.map(toView), missingSoon: missingYears(workingCalendarOf(years), now, CALENDAR_WARNING_DAYS) }
}

function invalid(field: string, message: string): AppError {
  return new AppError('VALIDATION_FAILED', message, [{ path: [field], message }])
}

/** The rules a year must satisfy, whoever typed it: dates of that year, make-up days on weekends. */
function checkYear(input: SaveInput): { holidays: string[]; makeupWorkdays: string[] } {
  const holidays = [...new Set(input.holidays)].sort()
  const makeupWorkdays = [...new Set(input.makeupWorkdays)].sort()
  const prefix = `${input.year}-`
  for (const [field, dates] of [['holidays', holidays], ['makeupWorkdays', makeupWorkdays]] as const) {
    for (const d of dates) {
      const parsed = new Date(`${d}T00:00:00Z`)
      if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== d) throw invalid(field, `${d} 不是有效日期`)
      if (!d.startsWith(prefix)) throw invalid(field, `${d} 不属于 ${input.year} 年，请在对应年份中填写`)
    }
  }
  for (const d of makeupWorkdays) {
    const weekday = new Date(`${d}T00:00:00Z`).getUTCDay()
    if (weekday !== 0 && weekday !== 6) throw invalid('makeupWorkdays', `${d} 不是周末，不能作为调休上班日`)
    if (holidays.includes(d)) throw invalid('makeupWorkdays', `${d} 不能同时是放假日和上班日`)
  }
  return { holidays, makeupWorkdays }
}

/**
 * Creates a year (insert-unless-exists: two staff adding the same year → one wins, the other gets
 * CONFLICT) or replaces it with one conditional update on the version the editor saw.
 */
export async function saveCalendarYear(store: DocumentStore, caller: Caller, input: SaveInput, now: Date): Promise<CalendarYearView> {
  const dates = checkYear(input)
  const years = store.collection<CalendarYearRecord>(WORKING_CALENDAR_YEARS)
  const id = calendarYearId(input.year)
  const at = now.toISOString()
  if (input.expectedVersion === null) {
    const record: CalendarYearRecord = { _id: id, year: input.year, ...dates, source: input.source, version: 1, updatedAt: at, updatedBy: caller.userId }
    // The official years are written on first load: make sure they exist before claiming the id.
    await loadCalendarYears(store, now)
    if (!(await years.insertUnlessExists(record))) throw conflict(`${input.year} 年的工作日历已存在，请刷新后修改`)
    return toView(record)
  }
  const version = input.expectedVersion + 1
  const applied = await years.updateOne(
    id,
    { $set: { ...dates, source: input.source, version, updatedAt: at, updatedBy: caller.userId } },
    { version: input.expectedVersion },
  )
  if (!applied) throw conflict(`${input.year} 年的工作日历刚被其他人修改，请刷新后再改`)
  const saved = await years.getById(id)
  if (!saved) throw new Error(`calendar year ${input.year} vanished after update`)
  return toView(saved)
}
