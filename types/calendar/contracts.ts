import * as z from 'zod'
import { defineAction } from '../contract'
import { FUNCTION_NAMES } from '../function-names'
import {
  calendarYearNumberSchema,
  calendarYearSchema,
  noticePreviewSchema,
  saveCalendarYearInputSchema,
  workingCalendarViewSchema,
} from './schemas'

const fn = FUNCTION_NAMES.calendar

/** Staff: every year of the working calendar and the years about to be reached without one. */
export const getWorkingCalendar = defineAction({ functionName: fn, action: 'getWorkingCalendar', input: z.object({}), output: workingCalendarViewSchema })

/** Staff: the dates read from the State Council's notice text, with problems; writes nothing. */
export const previewHolidayNotice = defineAction({
  functionName: fn,
  action: 'previewHolidayNotice',
  input: z.object({ year: calendarYearNumberSchema, text: z.string().trim().min(1, { message: '请粘贴通知正文' }).max(5000, { message: '通知正文不能超过 5000 字' }) }),
  output: noticePreviewSchema,
})

/** Staff: creates or replaces one year (conditional on the version the editor saw). */
export const saveCalendarYear = defineAction({ functionName: fn, action: 'saveCalendarYear', input: saveCalendarYearInputSchema, output: calendarYearSchema })
