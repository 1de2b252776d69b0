import { getWorkingCalendar as contract } from '../../../../types/calendar/contracts'
import { defineHandler } from '../../../core/define-handler'
import { getWorkingCalendarView } from '../calendar-admin'

export const getWorkingCalendarHandler = defineHandler({
  contract,
  access: ['staff', 'admin'],
  async handle(_input, { runtime, now }) {
    return getWorkingCalendarView(runtime.store, now)
  },
})
